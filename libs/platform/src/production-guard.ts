import type { ServiceConfig } from './service-config';
import { isProduction } from './service-config';

/** Passwords the repository ships with (docker-compose, .env.example, the seed): never in production. */
export const DEFAULT_PASSWORDS: readonly string[] = ['khuyencong', 'postgres', 'password', 'KhuyenCong@2026'];

/** What in a service's configuration is a demo default that production must not run with. */
export function productionConfigProblems(config: Pick<ServiceConfig, 'DATABASE_URL'>): string[] {
  const problems: string[] = [];
  const url = new URL(config.DATABASE_URL);
  if (DEFAULT_PASSWORDS.includes(decodeURIComponent(url.password)) || !url.password)
    problems.push('DATABASE_URL uses the default database credentials (set a role and password of its own)');
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
