import { z } from 'zod';

const text = z.string().trim().min(1).max(2000);

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
