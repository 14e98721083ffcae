import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The appraisals service's copy of the staff directory (the gateway's identity events): who holds the
 * council role, so an appraiser can seat only real council members on a dossier's council.
 */
export class CreateStaffAccounts1764700500000 implements MigrationInterface {
  name = 'CreateStaffAccounts1764700500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE appraisals.staff_accounts (
      account_id text PRIMARY KEY,
      full_name text NOT NULL,
      roles text[] NOT NULL,
      unit_code text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appraisals.staff_accounts`);
  }
}
