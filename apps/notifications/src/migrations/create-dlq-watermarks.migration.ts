import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How far each dead-letter topic had grown when last looked at, so operators hear of growth once. */
export class CreateDlqWatermarks1764400100000 implements MigrationInterface {
  name = 'CreateDlqWatermarks1764400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notifications.dlq_watermarks (
      topic text PRIMARY KEY,
      messages bigint NOT NULL,
      checked_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications.dlq_watermarks`);
  }
}
