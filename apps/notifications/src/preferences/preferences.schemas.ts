import { z } from 'zod';
import { bilingual } from '@kc/platform';
import { Languages } from '../templates/language';

/** Channels a user can order for fallback; the in-app inbox always gets every notification besides. */
export const ExternalChannels = ['email', 'sms', 'zalo'] as const;
export type ExternalChannel = (typeof ExternalChannels)[number];

export const preferencesSchema = z
  .strictObject({
    /** Channels to use, first choice first; the next one is tried when one gives up. Empty: in-app only. */
    channels: z
      .array(
        z.enum(ExternalChannels, {
          error: bilingual('Kênh phải là email, sms hoặc zalo.', 'A channel must be email, sms or zalo.'),
        }),
      )
      .max(ExternalChannels.length)
      .refine((list) => new Set(list).size === list.length, {
        message: bilingual('Mỗi kênh chỉ được chọn một lần.', 'Each channel may appear only once.'),
      }),
    language: z.enum(Languages, {
      error: bilingual('Ngôn ngữ phải là vi hoặc en.', 'The language must be vi or en.'),
    }),
    /** Mobile number for SMS and Zalo, in E.164 form (+84…); null removes it. */
    phone: z
      .string()
      .regex(
        /^\+84\d{9,10}$/,
        bilingual(
          'Số điện thoại phải có dạng +84 và 9–10 chữ số.',
          'The phone number must look like +84 and 9–10 digits.',
        ),
      )
      .nullable()
      .default(null),
  })
  .superRefine((value, ctx) => {
    if (value.phone === null && value.channels.some((c) => c !== 'email'))
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: bilingual('Cần số điện thoại để nhận qua SMS hoặc Zalo.', 'SMS and Zalo need a phone number.'),
      });
  });
export type PreferencesRequest = z.infer<typeof preferencesSchema>;

export interface Preferences extends PreferencesRequest {
  /** True when the user never saved preferences and these are the defaults. */
  isDefault: boolean;
}

export const DEFAULT_CHANNELS: ExternalChannel[] = ['email'];
