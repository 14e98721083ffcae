import { z } from 'zod';
import { bilingual } from '@kc/platform';
import { normalizeVietnameseMobile } from './vietnamese-phone';

/** A Vietnamese mobile number as people write it, kept as E.164; null removes it. */
export const phoneField = z
  .string()
  .max(30, bilingual('Số điện thoại quá dài.', 'The phone number is too long.'))
  .transform((input, ctx) => {
    const e164 = normalizeVietnameseMobile(input);
    if (e164) return e164;
    ctx.addIssue({
      code: 'custom',
      message: bilingual(
        'Số điện thoại di động không hợp lệ: cần 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84…).',
        'Not a Vietnamese mobile number: it needs 10 digits starting 03, 05, 07, 08 or 09 (or +84…).',
      ),
    });
    return z.NEVER;
  })
  .nullable();

export const Languages = ['vi', 'en'] as const;
export type Language = (typeof Languages)[number];

/** The language messages to the account are written in. */
export const languageField = z.enum(Languages, {
  error: bilingual('Ngôn ngữ phải là vi hoặc en.', 'The language must be vi or en.'),
});

export const passwordField = z
  .string()
  .min(10, bilingual('Mật khẩu cần ít nhất 10 ký tự.', 'The password needs at least 10 characters.'))
  .max(200, bilingual('Mật khẩu quá dài (tối đa 200 ký tự).', 'The password is too long (200 characters at most).'));
