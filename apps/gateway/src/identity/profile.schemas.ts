import { z } from 'zod';
import { bilingual } from '@kc/platform';
import { languageField, passwordField, phoneField } from './account-fields';

/** What the account holder may change about their own account (name, roles and unit are the Department's). */
export const profileUpdateSchema = z
  .strictObject({ phone: phoneField.optional(), language: languageField.optional() })
  .refine((body) => body.phone !== undefined || body.language !== undefined, {
    message: bilingual('Cần ít nhất một trong: phone, language.', 'Give at least one of: phone, language.'),
  });
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export const passwordChangeSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(200),
    newPassword: passwordField,
  })
  .refine((body) => body.currentPassword !== body.newPassword, {
    path: ['newPassword'],
    message: bilingual('Mật khẩu mới phải khác mật khẩu cũ.', 'The new password must differ from the old one.'),
  });
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/** The account as its holder sees it (never the password hash). */
export interface Profile {
  id: string;
  email: string;
  fullName: string;
  roles: string[];
  unitCode: string | null;
  phone: string | null;
  language: 'vi' | 'en';
}
