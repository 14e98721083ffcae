import { z } from 'zod';
import { pageQueryShape } from '@kc/platform';
import { workflowFilterShape } from './visibility-query';

/** Queries of the workflow explorer: the visibility filter, paging, and the stuck-workflow thresholds. */
export const listQuery = z.strictObject({ ...workflowFilterShape, ...pageQueryShape });
export const stuckQuery = z.strictObject({
  ...workflowFilterShape,
  minAttempts: z.coerce.number().int().min(1).max(1000).default(3),
  idleHours: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .default(8),
  /** Working hours without a history event, while not waiting on a person (default: the configured one). */
  noProgressHours: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .optional(),
});
