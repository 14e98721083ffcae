import { z } from 'zod';
import { bilingual } from '@kc/platform';
import { languageField, passwordField, phoneField } from './account-fields';

export const registerSchema = z.strictObject({
  email: z
    .email()
    .max(200)
    .transform((e) => e.toLowerCase()),
  password: passwordField,
  fullName: z
    .string()
    .trim()
    .min(2, bilingual('Họ tên cần ít nhất 2 ký tự.', 'The full name needs at least 2 characters.'))
    .max(200)
    .transform((s) => s.normalize('NFC')),
  phone: phoneField.default(null),
  language: languageField.default('vi'),
});
export type RegisterRequest = z.infer<typeof registerSchema>;

export const loginSchema = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginSchema>;

/** A refresh token as login and refresh hand it out: 43 base64url characters (256 bits). */
export const refreshSchema = z.strictObject({
  refreshToken: z
    .string({ error: bilingual('Thiếu mã làm mới phiên.', 'The refresh token is missing.') })
    .min(1, bilingual('Thiếu mã làm mới phiên.', 'The refresh token is missing.'))
    .max(200, bilingual('Mã làm mới phiên không hợp lệ.', 'The refresh token is not valid.')),
});
export type RefreshRequest = z.infer<typeof refreshSchema>;
