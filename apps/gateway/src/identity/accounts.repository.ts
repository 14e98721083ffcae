import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '@kc/messaging';
import type { AuthUser } from '@kc/auth';
import type { Role } from '@kc/domain';
import { announceAccount } from './account-announcement';

export interface AccountRow {
  id: string;
  email: string;
  full_name: string;
  password_hash: string;
  roles: Role[];
  unit_code: string | null;
}

@Injectable()
export class AccountsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async findActiveByEmail(email: string): Promise<AccountRow | undefined> {
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT id, email, full_name, password_hash, roles, unit_code FROM gateway.accounts WHERE lower(email) = lower($1) AND disabled_at IS NULL`,
      [email],
    );
    return rows[0];
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.dataSource.query(`UPDATE gateway.accounts SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
  }

  /**
   * Creates an applicant account and its AccountRegistered event in one transaction; returns false (and
   * writes nothing) when the e-mail is taken.
   */
  async createApplicant(email: string, fullName: string, passwordHash: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const rows: unknown[] = await manager.query(
        `INSERT INTO gateway.accounts (id, email, full_name, password_hash, roles) VALUES ($1, $2, $3, $4, ARRAY['APPLICANT'])
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [id, email, fullName, passwordHash],
      );
      if (rows.length === 0) return false;
      await announceAccount(
        this.outbox,
        manager,
        { id, email, fullName, roles: ['APPLICANT'], unitCode: null },
        'AccountRegistered',
      );
      return true;
    });
  }
}

export function toAuthUser(row: AccountRow): AuthUser {
  return { id: row.id, email: row.email, name: row.full_name, roles: row.roles, unitCode: row.unit_code };
}
