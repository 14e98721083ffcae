// The only file of this app that reads process.env (keys documented in .env.example).
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { parseConfig, serviceConfigSchema } from '@kc/platform';

const gatewayConfigSchema = serviceConfigSchema(3000).extend({
  ...authConfigSchema.shape,
  /** Login and registration attempts allowed per client address and minute. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  APPLICATIONS_URL: z.url().default('http://127.0.0.1:3001'),
  APPRAISALS_URL: z.url().default('http://127.0.0.1:3002'),
  OCOP_URL: z.url().default('http://127.0.0.1:3003'),
  NOTIFICATIONS_URL: z.url().default('http://127.0.0.1:3004'),
  OPERATIONS_URL: z.url().default('http://127.0.0.1:3005'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
export const config: GatewayConfig = parseConfig(gatewayConfigSchema, process.env);
