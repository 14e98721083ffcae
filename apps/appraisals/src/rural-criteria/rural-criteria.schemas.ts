import { z } from 'zod';
import { pageQueryShape } from '@kc/platform';
import { ruralLevels, ruralStages } from '@kc/domain/rural-criteria';

/** GET /rural-criteria/appraisals: the list's filters. */
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
