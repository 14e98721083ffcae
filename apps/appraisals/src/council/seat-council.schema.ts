import { z } from 'zod';
import { bilingual } from '@kc/platform';

/** The members the appraiser seats (account ids from the directory); their number is the domain's rule. */
export const seatCouncilSchema = z.strictObject({
  memberIds: z
    .array(
      z
        .string()
        .trim()
        .min(1, bilingual('Mã tài khoản không được để trống.', 'An account id cannot be empty.'))
        .max(100, bilingual('Mã tài khoản quá dài.', 'The account id is too long.')),
      { error: bilingual('Cần danh sách mã tài khoản thành viên.', 'A list of member account ids is needed.') },
    )
    .max(50, bilingual('Danh sách thành viên quá dài.', 'Too many members.')),
});
export type SeatCouncilRequest = z.infer<typeof seatCouncilSchema>;
