import type { DataSource } from 'typeorm';
import type { GatewayConfig } from './config';
import { demoAccounts } from './seed/demo-accounts';

/** The gateway's demo settings production refuses: demo accounts that can sign in, a key kept in the database. */
export async function gatewayProductionProblems(dataSource: DataSource, config: GatewayConfig): Promise<string[]> {
  const problems: string[] = [];
  if (!config.AUTH_SIGNING_KEYS && !config.AUTH_SIGNING_KEYS_FILE)
    problems.push('no token signing key configured (set AUTH_SIGNING_KEYS_FILE; the database is not the place for it)');
  const demo = (await dataSource.query(
    `SELECT email FROM gateway.accounts WHERE disabled_at IS NULL AND lower(email) = ANY($1)`,
    [demoAccounts.map((a) => a.email.toLowerCase())],
  )) as { email: string }[];
  if (demo.length > 0)
    problems.push(`demo accounts can sign in (${demo.map((d) => d.email).join(', ')}): disable or delete them`);
  return problems;
}
