import { z } from 'zod';
import { programCodeSchema } from '@kc/contracts';
import { bilingual } from '@kc/platform';
import { tableQueryShape } from '../http/table-response';
import { decodeCursor } from './sla-cursor';

/** Query of the SLA lists: narrowed by stage or programme, paged by offset or by keyset cursor. */
export const listQuery = z.strictObject({
  stage: z.string().trim().min(1).max(40).optional(),
  programCode: programCodeSchema.optional(),
  /** Keyset pagination: the `nextCursor` of the previous page (faster than `page` deep into a long list). */
  after: z
    .string()
    .max(400)
    .transform((s, ctx) => {
      const cursor = decodeCursor(s);
      if (!cursor) {
        ctx.addIssue({
          code: 'custom',
          message: bilingual('Con trỏ trang không hợp lệ.', 'Not a valid page cursor.'),
        });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
  ...tableQueryShape,
});
export type ListQuery = z.infer<typeof listQuery>;
