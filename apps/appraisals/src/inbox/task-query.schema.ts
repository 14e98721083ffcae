import { z } from 'zod';
import { programCodeSchema, stageSchema } from '@kc/contracts';
import { bilingual, pageQueryShape } from '@kc/platform';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Filters of the task list; every one optional, sorted by due date (no deadline last). */
export const taskQuerySchema = z.strictObject({
  unit: z.string().trim().min(1).max(40).optional(),
  role: z.string().trim().min(1).max(40).optional(),
  stage: stageSchema.optional(),
  /** One dossier's tasks, by its id or its code. */
  applicationId: z.uuid().optional(),
  dossierCode: z
    .string()
    .trim()
    .regex(
      /^KC-\d{4}-\d{6}$/,
      bilingual('Mã hồ sơ có dạng KC-2026-000123.', 'A dossier code looks like KC-2026-000123.'),
    )
    .optional(),
  programCode: programCodeSchema.optional(),
  /** open = waiting for someone to take it, claimed = someone is on it, done = finished. */
  status: z.enum(['open', 'claimed', 'done']).optional(),
  dueBefore: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: bilingual('Ngày không hợp lệ (YYYY-MM-DD).', 'Not a date (YYYY-MM-DD).'),
    })
    .optional(),
  overdue: flag.optional(),
  ...pageQueryShape,
});
export type TaskQuery = z.infer<typeof taskQuerySchema>;
