import { z } from 'zod';
import { bilingual } from '@kc/platform';

export const digestRunSchema = z
  .strictObject({
    /** Only this unit's officers (default: everyone). */
    unitCode: z
      .string()
      .trim()
      .min(1, bilingual('Mã đơn vị không được để trống.', 'The unit code must not be empty.'))
      .max(50)
      .optional(),
  })
  .default({});
export type DigestRunRequest = z.infer<typeof digestRunSchema>;
