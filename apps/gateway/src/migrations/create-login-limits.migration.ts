import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins counted per account and per client address in the database, so the limits hold across
 * gateway processes and restarts (an in-memory counter resets with each).
 */
export class CreateLoginLimits1764300300000 implements MigrationInterface {
  name = 'CreateLoginLimits1764300300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE gateway.login_failures (
      key text PRIMARY KEY,
      failures integer NOT NULL,
      window_started_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gateway.login_failures`);
  }
}
