import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxWriter } from '@kc/messaging';
import { announceAccount } from './account-announcement';
import type { Language } from './account-fields';
import { COLUMNS, toAnnounced, toProfile, type AccountRow } from './account-row';
import type { Profile, ProfileUpdate } from './profile.schemas';
import { RefreshTokens } from './refresh-tokens';

@Injectable()
export class AccountsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly refreshTokens: RefreshTokens,
  ) {}

  async findActiveByEmail(email: string): Promise<AccountRow | undefined> {
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM gateway.accounts WHERE lower(email) = lower($1) AND disabled_at IS NULL`,
      [email],
    );
    return rows[0];
  }

  async findActiveById(id: string): Promise<AccountRow | undefined> {
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM gateway.accounts WHERE id = $1 AND disabled_at IS NULL`,
      [id],
    );
    return rows[0];
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.dataSource.query(`UPDATE gateway.accounts SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
  }

  /** A new password ends every sign-in of the account (its refresh tokens), in one transaction. */
  async replacePassword(id: string, passwordHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE gateway.accounts SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
      await this.refreshTokens.revokeAccount(manager, id, 'password-change');
    });
  }

  /** Changes the holder's phone and/or language and announces the account as it now is (AccountUpdated). */
  async updateContact(id: string, update: ProfileUpdate): Promise<Profile | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const rows: AccountRow[] = await manager.query(
        `WITH u AS (
           UPDATE gateway.accounts
              SET phone = CASE WHEN $2 THEN $3 ELSE phone END, language = COALESCE($4, language)
            WHERE id = $1 AND disabled_at IS NULL RETURNING ${COLUMNS})
         SELECT * FROM u`,
        [id, update.phone !== undefined, update.phone ?? null, update.language ?? null],
      );
      if (!rows[0]) return undefined;
      await this.announce(manager, rows[0], 'AccountUpdated');
      return toProfile(rows[0]);
    });
  }

  /**
   * Creates an applicant account and its AccountRegistered event in one transaction; returns false (and
   * writes nothing) when the e-mail is taken.
   */
  async createApplicant(account: {
    email: string;
    fullName: string;
    passwordHash: string;
    phone: string | null;
    language: Language;
  }): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows: AccountRow[] = await manager.query(
        `INSERT INTO gateway.accounts (id, email, full_name, password_hash, roles, phone, language)
         VALUES ($1, $2, $3, $4, ARRAY['APPLICANT'], $5, $6)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING ${COLUMNS}`,
        [randomUUID(), account.email, account.fullName, account.passwordHash, account.phone, account.language],
      );
      if (rows.length === 0) return false;
      await this.announce(manager, rows[0]!, 'AccountRegistered');
      return true;
    });
  }

  private announce(manager: EntityManager, row: AccountRow, kind: 'AccountRegistered' | 'AccountUpdated') {
    return announceAccount(this.outbox, manager, toAnnounced(row), kind);
  }
}
