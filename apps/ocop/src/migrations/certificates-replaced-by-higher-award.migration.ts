import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product recognised 4★ by the province while proposed for 5★ holds the provincial certificate; a 5★
 * award replaces it with the national one in the same round. So a round may have one certificate per
 * issuing level, the older one marked REPLACED, and the round keeps the higher level's answer.
 */
export class CertificatesReplacedByHigherAward1764500000000 implements MigrationInterface {
  name = 'CertificatesReplacedByHigherAward1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ocop.certificates DROP CONSTRAINT certificates_evaluation_id_key`);
    await q.query(
      `ALTER TABLE ocop.certificates ADD CONSTRAINT certificates_evaluation_level UNIQUE (evaluation_id, issued_by)`,
    );
    await q.query(`ALTER TABLE ocop.certificates DROP CONSTRAINT certificates_status_check`);
    await q.query(
      `ALTER TABLE ocop.certificates ADD CONSTRAINT certificates_status_check
         CHECK (status IN ('VALID', 'EXPIRING', 'EXPIRED', 'REPLACED'))`,
    );
    await q.query(`ALTER TABLE ocop.evaluations ADD COLUMN higher_answer jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ocop.evaluations DROP COLUMN higher_answer`);
    await q.query(`DELETE FROM ocop.certificates WHERE status = 'REPLACED'`);
    await q.query(`ALTER TABLE ocop.certificates DROP CONSTRAINT certificates_status_check`);
    await q.query(
      `ALTER TABLE ocop.certificates ADD CONSTRAINT certificates_status_check CHECK (status IN ('VALID', 'EXPIRING', 'EXPIRED'))`,
    );
    await q.query(`ALTER TABLE ocop.certificates DROP CONSTRAINT certificates_evaluation_level`);
    await q.query(`ALTER TABLE ocop.certificates ADD CONSTRAINT certificates_evaluation_id_key UNIQUE (evaluation_id)`);
  }
}
