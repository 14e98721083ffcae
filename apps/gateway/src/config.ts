// The only file of this app that reads process.env (keys documented in .env.example).
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { RoutedServiceNames, serviceUrlKey, servicePort, type ServiceUrlKey } from '@kc/contracts';
import { parseConfig, serviceConfigSchema } from '@kc/platform';
import { serviceDefinition } from './service.definition';

const urlList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((v) => v.split(',').every((u) => z.url().safeParse(u.trim()).success), {
      message: 'expected one URL or several separated by commas',
    });

/**
 * Each service's URL, or its replicas' URLs separated by commas (the gateway balances across them): one key
 * per service of the registry in @kc/contracts (`APPLICATIONS_URL`...), by default that service on loopback.
 */
const serviceUrlShape = Object.fromEntries(
  RoutedServiceNames.map((name) => [serviceUrlKey(name), urlList(`http://127.0.0.1:${servicePort(name)}`)]),
) as Record<ServiceUrlKey, ReturnType<typeof urlList>>;

const gatewayConfigSchema = serviceConfigSchema(serviceDefinition.port).extend({
  ...authConfigSchema.shape,
  /** Login and registration attempts allowed per client address and minute. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Failed sign-ins allowed per account, and per client address, within the window (kept in the database). */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Lifetime of one refresh token (each use replaces it), and of a whole sign-in however often it is refreshed. */
  AUTH_REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(8 * 3600),
  AUTH_REFRESH_SESSION_MAX_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(7 * 86_400),
  /** Ed25519 PKCS#8 PEM private key(s), first signs, all published; or the file holding them (a secret). */
  AUTH_SIGNING_KEYS: z.string().optional(),
  AUTH_SIGNING_KEYS_FILE: z.string().optional(),
  ...serviceUrlShape,
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
export const config: GatewayConfig = parseConfig(gatewayConfigSchema, process.env);
