// The only file of this app that reads process.env (keys documented in .env.example).
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { parseConfig, serviceConfigSchema } from '@kc/platform';
import { serviceDefinition } from './service.definition';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

const notificationsConfigSchema = serviceConfigSchema(serviceDefinition.port).extend({
  ...authConfigSchema.shape,
  /** SMTP server for e-mail; the default is the local mail catcher that `npm start` runs. */
  SMTP_HOST: z.string().default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
  /** Implicit TLS (port 465 style); STARTTLS is used when the server offers it either way. */
  SMTP_SECURE: z.stringbool().default(false),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  MAIL_FROM: z.string().default('Khuyến công Đồng Nai <thongbao@khuyencong.local>'),
  /** SMS provider endpoint and bearer token; the channel is off unless both are set. */
  SMS_API_URL: optionalUrl,
  SMS_API_TOKEN: optionalText,
  /** Zalo ZNS endpoint (e.g. https://business.openapi.zalo.me/message/template), OA access token, template id. */
  ZALO_ZNS_URL: optionalUrl,
  ZALO_ZNS_TOKEN: optionalText,
  ZALO_ZNS_TEMPLATE_ID: z.string().default('kc-generic'),
  /** How often the delivery poller looks for due sends, in ms. */
  DELIVERY_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /** Attempts on one channel before it is given up and the next channel in the user's order is tried. */
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(6),
  /** Backoff before the first retry, in ms; doubles with each attempt up to DELIVERY_RETRY_MAX_MS. */
  DELIVERY_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5000),
  DELIVERY_RETRY_MAX_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(15 * 60_000),
  /** A send claimed longer ago than this (its process died mid-send) is claimed again. */
  DELIVERY_LEASE_MS: z.coerce.number().int().min(1000).default(120_000),
  /** Time allowed for one SMTP or HTTP send, in ms. */
  DELIVERY_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  /** Hour of the day (Vietnam time) from which the daily task digest goes out; -1 turns the schedule off. */
  DIGEST_HOUR: z.coerce.number().int().min(-1).max(23).default(7),
  /** How often the digest schedule checks whether today's digest is due, in ms. */
  DIGEST_CHECK_MS: z.coerce.number().int().min(100).default(60_000),
  /** How often dead-letter topics are checked for growth (operators are told), in ms; 0 turns it off. */
  DLQ_CHECK_MS: z.coerce.number().int().min(0).default(60_000),
  /** Address used in links inside messages (the gateway's). */
  PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:3000'),
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;
export const config: NotificationsConfig = parseConfig(notificationsConfigSchema, process.env);
