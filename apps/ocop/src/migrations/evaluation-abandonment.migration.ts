import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A round the appraiser abandoned while it waited for a council keeps who did it, why, at which level and
 * when (stage ABANDONED); the result page shows it.
 */
export class EvaluationAbandonment1764800100000 implements MigrationInterface {
  name = 'EvaluationAbandonment1764800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ocop.evaluations ADD COLUMN abandonment jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ocop.evaluations DROP COLUMN abandonment`);
  }
}
