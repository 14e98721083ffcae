import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A level may sit more than once in a round: a council that could not reach its quorum is re-convened
 * with other members. Each sitting is its own row, numbered per level; the latest is the one acting.
 */
export class CouncilSittings1764700600000 implements MigrationInterface {
  name = 'CouncilSittings1764700600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ocop.councils ADD COLUMN sitting int NOT NULL DEFAULT 1 CHECK (sitting >= 1)`);
    await q.query(`ALTER TABLE ocop.councils DROP CONSTRAINT councils_evaluation_id_level_key`);
    await q.query(
      `ALTER TABLE ocop.councils ADD CONSTRAINT councils_evaluation_level_sitting UNIQUE (evaluation_id, level, sitting)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ocop.councils DROP CONSTRAINT councils_evaluation_level_sitting`);
    await q.query(`ALTER TABLE ocop.councils DROP COLUMN sitting`);
    await q.query(
      `ALTER TABLE ocop.councils ADD CONSTRAINT councils_evaluation_id_level_key UNIQUE (evaluation_id, level)`,
    );
  }
}
