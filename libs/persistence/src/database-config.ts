import { z } from 'zod';

export const databaseConfigSchema = z.object({
  DATABASE_URL: z.url().default('postgres://khuyencong:khuyencong@127.0.0.1:5432/khuyencong'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * on: the service connects as its own role `<schema>_svc` (service-role.ts) on DATABASE_URL's server and
   * database, instead of DATABASE_URL's (owner) role; `npm start` and the tests turn it on. In production,
   * give each service a DATABASE_URL of its own role instead (docs/security.md).
   */
  DATABASE_SERVICE_ROLES: z.enum(['on', 'off']).default('off'),
  /** The service role's password when DATABASE_SERVICE_ROLES=on (development default: the role's name). */
  DATABASE_SERVICE_PASSWORD: z.string().min(1).optional(),
});
export type DatabaseConfig = z.infer<typeof databaseConfigSchema>;

/** The URL without its password, for logs and `/health`. */
export function redactDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
