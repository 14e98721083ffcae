import { z } from 'zod';
import { servicePort } from '@kc/contracts';

const jwksUrlList = z
  .string()
  .default(`http://127.0.0.1:${servicePort('gateway')}/.well-known/jwks.json`)
  .refine((v) => v.split(',').every((u) => z.url().safeParse(u.trim()).success), {
    message: 'expected one URL or several separated by commas',
  });

export const authConfigSchema = z.object({
  /**
   * Where services fetch the gateway's public signing keys: one URL, or one per gateway replica separated by
   * commas (tried in turn when one does not answer).
   */
  AUTH_JWKS_URL: jwksUrlList,
  AUTH_ISSUER: z.string().default('khuyencong-gateway'),
  AUTH_AUDIENCE: z.string().default('khuyencong'),
  /** Lifetime of an access token, in seconds: short, since there is no revocation list. */
  AUTH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
});
export type AuthConfig = z.infer<typeof authConfigSchema>;
