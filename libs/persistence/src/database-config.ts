import { z } from 'zod';

export const databaseConfigSchema = z.object({
  DATABASE_URL: z.url().default('postgres://khuyencong:khuyencong@127.0.0.1:5432/khuyencong'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});
export type DatabaseConfig = z.infer<typeof databaseConfigSchema>;

/** The URL without its password, for logs and `/health`. */
export function redactDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
