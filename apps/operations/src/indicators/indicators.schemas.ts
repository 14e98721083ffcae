import { z } from 'zod';
import { tableQueryShape } from '../http/table-response';
import { periodSchema } from './period';

/** Queries of the indicator tables: a period or a grouping, and the table format. */
export const periodQuery = z.strictObject({ period: periodSchema, ...tableQueryShape });
export const onTimeQuery = periodQuery.extend({ by: z.enum(['unit', 'stage', 'programme']).default('unit') });
export const processingQuery = periodQuery.extend({ by: z.enum(['unit', 'programme']).default('unit') });
export const backlogQuery = z.strictObject({
  by: z.enum(['unit', 'programme', 'stage', 'holder']).default('unit'),
  ...tableQueryShape,
});
export const starsQuery = z.strictObject({ by: z.enum(['unit', 'group']).default('unit'), ...tableQueryShape });
