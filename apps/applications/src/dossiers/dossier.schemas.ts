import { z } from 'zod';
import { dossierStatuses, programCodeSchema } from '@kc/contracts';
import { bilingual, pageQueryShape } from '@kc/platform';

const MAX_VND = 10_000_000_000_000; // 10,000 billion VND: far above any programme, below 2^53

const vnd = (vi: string, en: string) =>
  z
    .number()
    .int(bilingual(`${vi} phải là số nguyên (đồng).`, `${en} must be a whole number of VND.`))
    .min(1, bilingual(`${vi} phải lớn hơn 0.`, `${en} must be above 0.`))
    .max(MAX_VND, bilingual(`${vi} quá lớn.`, `${en} is too large.`));

export const costSchema = z.union([
  z.strictObject({
    eligibleCostVnd: vnd('Chi phí hợp lệ', 'The eligible cost'),
    wholeTechnologyLine: z.boolean().optional(),
  }),
  z.strictObject({
    loanAmountVnd: vnd('Số tiền vay', 'The loan amount'),
    annualInterestRate: z.number().int().min(1).max(10_000),
    months: z.number().int().min(1).max(120),
  }),
]);

export const establishmentSchema = z.strictObject({
  name: z.string().trim().min(2).max(300),
  type: z.enum(['SME', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS']),
  /** Household businesses often have none (domain.md §4.2). */
  taxCode: z
    .string()
    .regex(
      /^\d{10}(-\d{3})?$/,
      bilingual('Mã số thuế gồm 10 chữ số (hoặc 10-3).', 'A tax code has 10 digits (or 10-3).'),
    )
    .optional(),
  address: z.string().trim().min(5).max(500),
  phone: z
    .string()
    .regex(/^(\+84|0)\d{9,10}$/, bilingual('Số điện thoại không hợp lệ.', 'Invalid phone number.'))
    .optional(),
});

export const createDraftSchema = z.strictObject({
  programCode: programCodeSchema,
  title: z
    .string()
    .trim()
    .min(3, bilingual('Tên hồ sơ cần ít nhất 3 ký tự.', 'The title needs at least 3 characters.'))
    .max(300, bilingual('Tên hồ sơ tối đa 300 ký tự.', 'The title has at most 300 characters.')),
  establishment: establishmentSchema,
  localUnitCode: z.string().min(2).max(40),
  cost: costSchema,
});
export type CreateDraftRequest = z.infer<typeof createDraftSchema>;

export const updateDraftSchema = createDraftSchema.partial().refine((v) => Object.keys(v).length > 0, {
  message: bilingual('Không có gì để cập nhật.', 'Nothing to update.'),
});
export type UpdateDraftRequest = z.infer<typeof updateDraftSchema>;

export const withdrawSchema = z.strictObject({ reason: z.string().trim().min(5).max(2000) });

export const listQuerySchema = z.strictObject({
  ...pageQueryShape,
  status: z.enum(dossierStatuses).optional(),
  programCode: programCodeSchema.optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;
