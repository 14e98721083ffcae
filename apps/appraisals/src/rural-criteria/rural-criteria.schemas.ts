import { z } from 'zod';
import { pageQueryShape } from '@kc/platform';
import { ruralLevels, ruralStages, storeTypes } from '@kc/domain/rural-criteria';

const text = z.string().trim().min(1).max(2000);
const count = z.number().int().min(0).max(10_000_000);
const ref = z.string().trim().min(1).max(200);

/** POST /rural-criteria/appraisals: the province registers a candidate for the year. */
export const registrationSchema = z.strictObject({
  communeCode: z.string().regex(/^[A-Z0-9-]{2,40}$/),
  level: z.enum(ruralLevels),
  targetYear: z.number().int().min(2020).max(2100),
  /** Model residential areas only: which area of the commune (ấp, khu phố). */
  areaName: z.string().trim().min(2).max(200).optional(),
  /** 2026–2030 only (QĐ 51/2025): commune group 1, 2 or 3. */
  communeGroup: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** Defaults to today (Vietnam); decides the criteria pack and the procedure. */
  registeredOn: z.iso.date().optional(),
});
export type Registration = z.infer<typeof registrationSchema>;

const market = z.strictObject({
  planned: z.boolean(),
  tradingPoints: count,
  tradingAreaM2: z.number().min(0).max(1_000_000),
  hall: z.enum(['PERMANENT', 'SEMI_PERMANENT', 'TEMPORARY']),
  hardenedFloor: z.boolean(),
  signboard: z.boolean(),
  separateToilets: z.boolean(),
  parking: z.boolean(),
  separateZones: z.boolean(),
});

/** PUT …/self-assessment: what the commune has typed so far; every field may still be missing. */
export const selfAssessmentSchema = z
  .strictObject({
    households: count.optional(),
    householdsDirect: count.optional(),
    gridMeetsStandard: z.boolean().optional(),
    market: market.nullable().optional(),
    store: z
      .strictObject({ type: z.enum(storeTypes), meetsStandard: z.boolean() })
      .nullable()
      .optional(),
    mainRoadsLit: z.boolean().optional(),
    evidence: z.record(z.string().min(1).max(20), z.array(ref).max(20)).optional(),
  })
  .refine((a) => a.households === undefined || a.householdsDirect === undefined || a.householdsDirect <= a.households, {
    path: ['householdsDirect'],
    message:
      'Số hộ đăng ký trực tiếp không thể lớn hơn tổng số hộ. // Households registered directly cannot exceed all households.',
  });

const items = z
  .array(z.strictObject({ code: z.string().min(1).max(20), reasonVi: text }))
  .min(1)
  .max(20);

/** POST …/actions: `{ type, …fields }`. Reasons may be empty here: the procedure table says which are needed. */
export const ruralActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('SUBMIT_SELF_ASSESSMENT') }),
  z.strictObject({ type: z.literal('SUBMIT_SUPPLEMENT') }),
  z.strictObject({ type: z.literal('VERIFY'), note: z.string().max(2000).default('') }),
  z.strictObject({
    type: z.literal('RECORD_POWER_CONFIRMATION'),
    documentRef: z.string().max(200).default(''),
    note: text.optional(),
  }),
  z.strictObject({
    type: z.literal('RECORD_INSPECTION'),
    minutes: z.string().max(5000).default(''),
    documentRef: z.string().max(200).default(''),
  }),
  z.strictObject({ type: z.literal('CONFIRM_INDICATOR'), indicatorCode: z.string().min(1).max(20) }),
  z.strictObject({
    type: z.literal('OVERRIDE_INDICATOR'),
    indicatorCode: z.string().min(1).max(20),
    verdict: z.enum(['DAT', 'KHONG_DAT']),
    reason: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal('PROPOSE_CONCLUSION'), note: z.string().max(5000).default('') }),
  z.strictObject({ type: z.literal('SIGN_CONCLUSION'), conclusionNumber: z.string().max(100).default('') }),
  z.strictObject({ type: z.literal('RETURN'), reason: z.string().max(2000).default('') }),
  z.strictObject({ type: z.literal('REQUEST_SUPPLEMENT'), items }),
  z.strictObject({ type: z.literal('REAPPRAISE'), reason: z.string().max(2000).default('') }),
  z.strictObject({
    type: z.literal('REVOKE'),
    reason: z.string().max(2000).default(''),
    indicatorCodes: z.array(z.string().min(1).max(20)).max(20).default([]),
  }),
  z.strictObject({ type: z.literal('CANCEL'), reason: z.string().max(2000).default('') }),
]);
export type RuralActionBody = z.infer<typeof ruralActionSchema>;

export const appraisalListSchema = z.strictObject({
  ...pageQueryShape,
  targetYear: z.coerce.number().int().min(2000).max(2100).optional(),
  level: z.enum(ruralLevels).optional(),
  stage: z.enum(ruralStages).optional(),
  communeCode: z.string().max(40).optional(),
});
export type AppraisalListQuery = z.infer<typeof appraisalListSchema>;

export const targetsQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
