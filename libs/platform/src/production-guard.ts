import type { ServiceConfig } from './service-config';
import { isProduction } from './service-config';

/** Passwords the repository ships with (docker-compose, .env.example, the seed): never in production. */
export const DEFAULT_PASSWORDS: readonly string[] = ['khuyencong', 'postgres', 'password', 'KhuyenCong@2026'];

/** The role that owns every schema in development and runs the migrations: never a service's in production. */
export const SHARED_OWNER_ROLE = 'khuyencong';

/** What in a service's configuration is a demo default that production must not run with. */
export function productionConfigProblems(
  config: Pick<ServiceConfig, 'DATABASE_URL'> & Partial<Pick<ServiceConfig, 'DATABASE_SERVICE_ROLES'>>,
): string[] {
  const problems: string[] = [];
  const url = new URL(config.DATABASE_URL);
  const password = decodeURIComponent(url.password);
  const user = decodeURIComponent(url.username);
  if (DEFAULT_PASSWORDS.includes(password) || !password || password === user)
    problems.push('DATABASE_URL uses the default database credentials (set a role and password of its own)');
  if (user === SHARED_OWNER_ROLE)
    problems.push(
      `DATABASE_URL connects as the shared owner role "${SHARED_OWNER_ROLE}" (give each service its own role, limited to its schema)`,
    );
  if (config.DATABASE_SERVICE_ROLES === 'on')
    problems.push(
      "DATABASE_SERVICE_ROLES=on hands the service the owner's URL (development only): set DATABASE_URL to the service's own role",
    );
  if (process.env.DEMO_PASSWORD) problems.push('DEMO_PASSWORD is set (demo seeding is for development only)');
  return problems;
}

/**
 * With NODE_ENV=production, a service with demo settings refuses to start and says why; elsewhere nothing
 * is checked, so development works out of the box.
 */
export function refuseDemoSettingsInProduction(config: Pick<ServiceConfig, 'NODE_ENV'>, problems: string[]): void {
  if (!isProduction(config) || problems.length === 0) return;
  throw new Error(`Refusing to start in production with demo settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
