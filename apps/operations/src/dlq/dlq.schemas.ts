import { z } from 'zod';
import { bilingual } from '@kc/platform';
import { tableQueryShape } from '../http/table-response';

/** Query and body of the DLQ routes: the filter selects parked messages by group, topic, type or reason. */
export const filterShape = {
  group: z.string().trim().min(1).max(120).optional(),
  originalTopic: z.string().trim().min(1).max(200).optional(),
  eventType: z.string().trim().min(1).max(80).optional(),
  reasonContains: z.string().trim().min(1).max(200).optional(),
};
export const listQuery = z.strictObject({
  ...filterShape,
  status: z.enum(['PARKED', 'REDRIVEN', 'DISCARDED']).optional(),
  ...tableQueryShape,
});
export const actionBody = z
  .strictObject({
    ids: z.array(z.string().regex(/^\d+$/)).min(1).max(1000).optional(),
    filter: z.strictObject(filterShape).optional(),
    reason: z.string().trim().min(3, bilingual('Cần nêu lý do.', 'A reason is required.')).max(2000),
    dryRun: z.boolean().default(false),
  })
  .refine((b) => b.ids || b.filter, {
    message: bilingual('Chọn danh sách id hoặc một bộ lọc.', 'Give a list of ids or a filter.'),
  });
export type ActionBody = z.infer<typeof actionBody>;
