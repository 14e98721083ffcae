import { z } from 'zod';
import { bilingual } from '@kc/platform';

export const inboxQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1, bilingual('Trang phải từ 1 trở lên.', 'The page must be 1 or more.')).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(100, bilingual('Mỗi trang tối đa 100 thông báo.', 'At most 100 notifications per page.'))
    .default(20),
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const notificationIdSchema = z.uuid({
  error: bilingual('Mã thông báo không hợp lệ.', 'The notification id is not valid.'),
});
