import { z } from 'zod';
import { bilingual } from '@kc/platform';

const password = z
  .string()
  .min(10, bilingual('Mật khẩu cần ít nhất 10 ký tự.', 'The password needs at least 10 characters.'))
  .max(200, bilingual('Mật khẩu quá dài (tối đa 200 ký tự).', 'The password is too long (200 characters at most).'));

export const registerSchema = z.strictObject({
  email: z
    .email()
    .max(200)
    .transform((e) => e.toLowerCase()),
  password,
  fullName: z
    .string()
    .trim()
    .min(2, bilingual('Họ tên cần ít nhất 2 ký tự.', 'The full name needs at least 2 characters.'))
    .max(200)
    .transform((s) => s.normalize('NFC')),
});
export type RegisterRequest = z.infer<typeof registerSchema>;

export const loginSchema = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginSchema>;
