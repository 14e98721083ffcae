import { z } from 'zod';
import type { OperatorActionBody } from '@kc/contracts';
import { bilingual } from '@kc/platform';

const reason = z
  .string()
  .trim()
  .min(5, bilingual('Cần nêu lý do (ít nhất 5 ký tự).', 'A reason of at least 5 characters is required.'))
  .max(2000);

/**
 * The operator actions the approval workflow accepts as Updates (its validator has the last word), checked
 * against the contracts' `OperatorActionBody` the web app sends.
 */
export const operatorActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('EXTEND_DEADLINE'), workingDays: z.number().int().min(1).max(30) }),
  z.strictObject({ type: z.literal('REASSIGN'), assigneeId: z.string().trim().min(1).max(100) }),
  z.strictObject({ type: z.literal('CANCEL') }),
]) satisfies z.ZodType<OperatorActionBody>;
export type OperatorActionInput = OperatorActionBody;

export const interventionBody = z.strictObject({
  workflowId: z.string().trim().min(1).max(200),
  action: operatorActionSchema,
  reason,
});
export { reason as interventionReason };
