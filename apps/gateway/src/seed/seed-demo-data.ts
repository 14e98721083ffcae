import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '@kc/auth';
import { dongNaiUnitsFile, parseOrgUnits, type Role } from '@kc/domain';
import type { OutboxWriter } from '@kc/messaging';
import { announceAccount } from '../identity/account-announcement';
import type { Language } from '../identity/account-fields';
import { demoAccounts } from './demo-accounts';

interface AnnouncedRow {
  id: string;
  email: string;
  full_name: string;
  roles: Role[];
  unit_code: string | null;
  phone: string | null;
  language: Language;
}

export interface SeedReport {
  units: number;
  accountsCreated: string[];
}

/** The province's units (accounts and dossiers name them), inserted or brought up to date. */
export async function seedOrgUnits(m: Pick<EntityManager, 'query'>): Promise<number> {
  const units = parseOrgUnits(dongNaiUnitsFile);
  for (const u of units) {
    await m.query(
      `INSERT INTO gateway.org_units (code, name, kind, parent_code, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,
         valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to`,
      [u.code, u.name, u.kind, u.parentCode, u.validFrom, u.validTo],
    );
  }
  return units.length;
}

/**
 * Loads Đồng Nai's units (updating names and dates in place) and creates the demo accounts that do not
 * exist yet. Safe to run on every start: existing accounts, and any password changed since, are kept.
 * Each demo account is announced through the gateway's outbox in the same transaction: AccountRegistered
 * when created, AccountUpdated when kept (so a database seeded before the event existed still reaches
 * the services that keep a copy, e.g. the notifications recipients).
 */
export async function seedDemoData(
  dataSource: DataSource,
  demoPassword: string,
  outbox: OutboxWriter,
): Promise<SeedReport> {
  return dataSource.transaction(async (m) => {
    const units = await seedOrgUnits(m);
    const accountsCreated: string[] = [];
    for (const a of demoAccounts) {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO gateway.accounts (id, email, full_name, password_hash, roles, unit_code) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [randomUUID(), a.email, a.fullName, await hashPassword(demoPassword), a.roles, a.unitCode],
      );
      if (rows.length > 0) accountsCreated.push(a.email);
      // A kept account is re-announced as it is now, with the phone and language its holder may have set.
      const [kept]: AnnouncedRow[] =
        rows.length > 0
          ? [
              {
                id: rows[0].id,
                email: a.email,
                roles: a.roles,
                full_name: a.fullName,
                unit_code: a.unitCode,
                phone: null,
                language: 'vi',
              },
            ]
          : await m.query(
              `SELECT id, email, full_name, roles, unit_code, phone, language FROM gateway.accounts WHERE lower(email) = lower($1)`,
              [a.email],
            );
      await announceAccount(
        outbox,
        m,
        {
          id: kept.id,
          email: kept.email,
          fullName: kept.full_name,
          roles: kept.roles,
          unitCode: kept.unit_code,
          phone: kept.phone,
          language: kept.language,
        },
        rows.length > 0 ? 'AccountRegistered' : 'AccountUpdated',
      );
    }
    return { units, accountsCreated };
  });
}
