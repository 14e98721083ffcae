import { z } from 'zod';

export const authConfigSchema = z.object({
  /** Where services fetch the gateway's public signing keys. */
  AUTH_JWKS_URL: z.url().default('http://127.0.0.1:3000/.well-known/jwks.json'),
  AUTH_ISSUER: z.string().default('khuyencong-gateway'),
  AUTH_AUDIENCE: z.string().default('khuyencong'),
  /** Lifetime of an access token, in seconds: short, since there is no revocation list. */
  AUTH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
});
export type AuthConfig = z.infer<typeof authConfigSchema>;
