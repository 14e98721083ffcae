import { z } from 'zod';
import { storeTypes } from '@kc/domain/rural-criteria';

const count = z.number().int().min(0).max(10_000_000);
const ref = z.string().trim().min(1).max(200);

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
