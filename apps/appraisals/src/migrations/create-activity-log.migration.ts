import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Steps of workflows already written to the outbox, so a retried activity writes nothing twice. */
export class CreateActivityLog1764300400000 implements MigrationInterface {
  name = 'CreateActivityLog1764300400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE appraisals.activity_log (
      workflow_id text NOT NULL,
      sequence int NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workflow_id, sequence)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appraisals.activity_log`);
  }
}
