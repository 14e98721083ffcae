import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's copy of the staff directory (the gateway's identity events), in its own schema: who holds
 * the council role, so an appraiser can seat only real council members. Appraisals created its table
 * with its own migration before this one existed; the columns are the same.
 */
export function createStaffAccountsMigration(schema: string): new () => MigrationInterface {
  return class CreateStaffAccounts1764800000000 implements MigrationInterface {
    name = 'CreateStaffAccounts1764800000000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE TABLE ${schema}.staff_accounts (
        account_id text PRIMARY KEY, full_name text NOT NULL, roles text[] NOT NULL, unit_code text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE ${schema}.staff_accounts`);
    }
  };
}
