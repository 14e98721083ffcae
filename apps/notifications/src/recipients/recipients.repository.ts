import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AccountRegisteredV1 } from '@kc/contracts';
import type { Recipient } from './recipient';
import { RECIPIENT_COLUMNS, toRecipient, type RecipientRow } from './recipient-row';

/** The recipients projection (identity events) and each dossier's applicant (ApplicationSubmitted). */
@Injectable()
export class RecipientsRepository {
  async upsertAccount(manager: EntityManager, account: Omit<AccountRegisteredV1, 'registeredAt'>): Promise<void> {
    await manager.query(
      `INSERT INTO notifications.recipients (account_id, email, full_name, roles, unit_code, phone, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email, full_name = EXCLUDED.full_name,
         roles = EXCLUDED.roles, unit_code = EXCLUDED.unit_code, phone = EXCLUDED.phone,
         language = EXCLUDED.language, updated_at = now()`,
      [
        account.accountId,
        account.email,
        account.fullName,
        account.roles,
        account.unitCode,
        account.phone,
        account.language,
      ],
    );
  }

  async find(manager: EntityManager, id: string): Promise<Recipient | undefined> {
    const rows: RecipientRow[] = await manager.query(
      `SELECT ${RECIPIENT_COLUMNS} FROM notifications.recipients WHERE account_id = $1`,
      [id],
    );
    return rows[0] && toRecipient(rows[0]);
  }

  /** The assignee when there is one, else everyone holding the role in the unit. */
  async idsOfAddressee(
    manager: EntityManager,
    addressee: { unitCode: string; role: string; assigneeId: string | null },
  ): Promise<string[]> {
    if (addressee.assigneeId) return [addressee.assigneeId];
    const rows: { account_id: string }[] = await manager.query(
      `SELECT account_id FROM notifications.recipients WHERE unit_code = $1 AND $2 = ANY (roles) ORDER BY account_id`,
      [addressee.unitCode, addressee.role],
    );
    return rows.map((r) => r.account_id);
  }

  async idsWithRole(manager: EntityManager, role: string): Promise<string[]> {
    const rows: { account_id: string }[] = await manager.query(
      `SELECT account_id FROM notifications.recipients WHERE $1 = ANY (roles) ORDER BY account_id`,
      [role],
    );
    return rows.map((r) => r.account_id);
  }

  /** Officers (everyone with a unit, or of one unit): the people the daily digest is for. */
  async officers(manager: EntityManager, unitCode?: string): Promise<Recipient[]> {
    const rows: RecipientRow[] = await manager.query(
      `SELECT ${RECIPIENT_COLUMNS} FROM notifications.recipients
        WHERE unit_code IS NOT NULL AND ($1::text IS NULL OR unit_code = $1) ORDER BY account_id`,
      [unitCode ?? null],
    );
    return rows.map(toRecipient);
  }

  async recordApplicant(
    manager: EntityManager,
    dossier: { applicationId: string; applicantId: string; applicantName: string; dossierCode: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notifications.dossier_applicants (application_id, applicant_id, applicant_name, dossier_code)
       VALUES ($1, $2, $3, $4) ON CONFLICT (application_id) DO NOTHING`,
      [dossier.applicationId, dossier.applicantId, dossier.applicantName, dossier.dossierCode],
    );
  }

  async applicantOf(manager: EntityManager, applicationId: string): Promise<string | undefined> {
    const rows: { applicant_id: string }[] = await manager.query(
      `SELECT applicant_id FROM notifications.dossier_applicants WHERE application_id = $1`,
      [applicationId],
    );
    return rows[0]?.applicant_id;
  }
}
