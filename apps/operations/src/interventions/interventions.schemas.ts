import { z } from 'zod';
import { bilingual, pageQueryShape } from '@kc/platform';
import { workflowFilterShape } from '../workflows/visibility-query';
import { interventionReason, operatorActionSchema } from './operator-action';

/** Body of a batch intervention (a filter or a list of workflows) and the query of its report. */
export const batchBody = z
  .strictObject({
    filter: z.strictObject(workflowFilterShape).optional(),
    workflowIds: z.array(z.string().trim().min(1).max(200)).min(1).max(1000).optional(),
    action: operatorActionSchema,
    reason: interventionReason,
    dryRun: z.boolean().default(true),
  })
  .refine((b) => b.filter || b.workflowIds, {
    message: bilingual('Chọn danh sách quy trình hoặc một bộ lọc.', 'Give a list of workflows or a filter.'),
  });
export const jobQuery = z.strictObject(pageQueryShape);
