import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '@kc/auth';
import { dongNaiUnitsFile, parseOrgUnits } from '@kc/domain';
import { demoAccounts } from './demo-accounts';

export interface SeedReport {
  units: number;
  accountsCreated: string[];
}

/**
 * Loads Đồng Nai's units (updating names and dates in place) and creates the demo accounts that do not
 * exist yet. Safe to run on every start: existing accounts, and any password changed since, are kept.
 */
export async function seedDemoData(dataSource: DataSource, demoPassword: string): Promise<SeedReport> {
  const units = parseOrgUnits(dongNaiUnitsFile);
  return dataSource.transaction(async (m) => {
    for (const u of units) {
      await m.query(
        `INSERT INTO gateway.org_units (code, name, kind, parent_code, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,
           valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to`,
        [u.code, u.name, u.kind, u.parentCode, u.validFrom, u.validTo],
      );
    }
    const accountsCreated: string[] = [];
    for (const a of demoAccounts) {
      const rows: unknown[] = await m.query(
        `INSERT INTO gateway.accounts (id, email, full_name, password_hash, roles, unit_code) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [randomUUID(), a.email, a.fullName, await hashPassword(demoPassword), a.roles, a.unitCode],
      );
      if (rows.length > 0) accountsCreated.push(a.email);
    }
    return { units: units.length, accountsCreated };
  });
}
