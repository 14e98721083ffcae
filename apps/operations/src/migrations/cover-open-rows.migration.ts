import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The on-time rate reads the cases and stage visits still open one by one (whether they are past due
 * depends on the day): covering indexes of the open rows let it read the index alone, so the dashboard's
 * cost follows the backlog, not the history.
 */
export function coverOpenRowsMigration(schema: string): new () => MigrationInterface {
  const s = `"${schema}"`;
  return class CoverOpenRows1764500600000 implements MigrationInterface {
    name = 'CoverOpenRows1764500600000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE INDEX cases_open_cover_idx ON ${s}.cases (opened_at)
        INCLUDE (case_kind, unit_code, program_code, due_date, paused_since) WHERE decided_at IS NULL`);
      await q.query(`CREATE INDEX stage_visits_open_cover_idx ON ${s}.stage_visits (entered_at)
        INCLUDE (stage, case_unit_code, program_code, effective_due_at, paused_since) WHERE left_at IS NULL`);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP INDEX ${s}.stage_visits_open_cover_idx`);
      await q.query(`DROP INDEX ${s}.cases_open_cover_idx`);
    }
  };
}
