import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountRegisteredV1 } from '@kc/contracts';
import { councilRefusals, DomainRefusalError } from '@kc/domain';

/** The schema whose `staff_accounts` table a service reads and fills (its own). */
export const STAFF_ACCOUNTS_SCHEMA = Symbol('STAFF_ACCOUNTS_SCHEMA');

/** The role every seated council member must hold in the directory. */
export const COUNCIL_ROLE = 'COUNCIL_MEMBER';

/** A service's copy of the gateway's staff accounts (identity events) that council seating is checked against. */
@Injectable()
export class StaffAccountsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(STAFF_ACCOUNTS_SCHEMA) private readonly schema: string,
  ) {}

  /** Keeps the account as it now is (the roles decide whether it may sit on a council). */
  async upsert(manager: EntityManager, account: Omit<AccountRegisteredV1, 'registeredAt'>): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.schema}.staff_accounts (account_id, full_name, roles, unit_code)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id) DO UPDATE SET full_name = EXCLUDED.full_name, roles = EXCLUDED.roles,
         unit_code = EXCLUDED.unit_code, updated_at = now()`,
      [account.accountId, account.fullName, account.roles, account.unitCode],
    );
  }

  /** The ids among these that are not known accounts holding `role`, in the order given. */
  async without(role: string, ids: readonly string[]): Promise<string[]> {
    const rows: { account_id: string }[] = await this.dataSource.query(
      `SELECT account_id FROM ${this.schema}.staff_accounts WHERE account_id = ANY ($1::text[]) AND $2 = ANY (roles)`,
      [ids, role],
    );
    const known = new Set(rows.map((r) => r.account_id));
    return ids.filter((id) => !known.has(id));
  }

  /** Refuses (a typed 409 naming them) a council with anyone not in the directory with the council role. */
  async requireCouncilMembers(ids: readonly string[]): Promise<void> {
    const unknown = await this.without(COUNCIL_ROLE, ids);
    if (unknown.length > 0) throw new DomainRefusalError(councilRefusals.notCouncilMembers(unknown));
  }
}
