import { z } from 'zod';
import { databaseConfigSchema } from '@kc/persistence';
import { kafkaConfigSchema } from '@kc/messaging';
import { temporalConfigSchema } from '@kc/temporal';

/** What every service reads from its environment; each app's config.ts adds its own keys and default port. */
export function serviceConfigSchema(defaultPort: number) {
  return z.object({
    // 0 asks the OS for a free port (used by tests).
    PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.string().default('development'),
    /**
     * Which proxies' X-Forwarded-For to believe (Express's `trust proxy`): services sit behind the gateway on
     * loopback, so the client's address (for login limits and throttling) is the one the gateway forwarded.
     */
    TRUST_PROXY: z.string().default('loopback'),
    /** OpenAPI at /docs: on by default, off by default when NODE_ENV=production. */
    API_DOCS: z.enum(['on', 'off']).optional(),
    /** Dependency details (hosts, errors) in /health: same defaults as API_DOCS. */
    HEALTH_DETAILS: z.enum(['on', 'off']).optional(),
    ...databaseConfigSchema.shape,
    ...kafkaConfigSchema.shape,
    ...temporalConfigSchema.shape,
  });
}
export type ServiceConfig = z.infer<ReturnType<typeof serviceConfigSchema>>;

/** `TRUST_PROXY` as Express reads it: a hop count, true/false, or addresses/subnets. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export const isProduction = (config: Pick<ServiceConfig, 'NODE_ENV'>) => config.NODE_ENV === 'production';

/** An on/off switch that defaults to off in production and on elsewhere. */
export function switchedOn(config: Pick<ServiceConfig, 'NODE_ENV'>, value: 'on' | 'off' | undefined): boolean {
  return value ? value === 'on' : !isProduction(config);
}

/** Validates the environment at boot; a bad value stops the service with every problem listed. */
export function parseConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return result.data;
}
