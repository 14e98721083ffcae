import { z } from 'zod';
import { Roles } from '@kc/domain';
import { bilingual } from '@kc/platform';

/** Staff roles: the directory lists officers, never applicants. */
export const StaffRoles = Roles.filter((r) => r !== 'APPLICANT');

export const directoryQuerySchema = z.strictObject({
  role: z
    .enum(StaffRoles, {
      error: bilingual(
        `Vai trò phải là một trong: ${StaffRoles.join(', ')}.`,
        `The role must be one of: ${StaffRoles.join(', ')}.`,
      ),
    })
    .optional(),
  unit: z
    .string()
    .regex(/^[A-Z0-9-]{1,40}$/, bilingual('Mã đơn vị không hợp lệ.', 'The unit code is not valid.'))
    .optional(),
  page: z.coerce.number().int().min(1, bilingual('Trang phải từ 1 trở lên.', 'The page must be 1 or more.')).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, bilingual('Mỗi trang cần ít nhất 1 dòng.', 'A page needs at least 1 row.'))
    .max(100, bilingual('Mỗi trang tối đa 100 tài khoản.', 'At most 100 accounts per page.'))
    .default(20),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export type { DirectoryEntry, DirectoryPage } from '@kc/contracts';
