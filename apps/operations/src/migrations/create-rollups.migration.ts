import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillRollups } from '../read-model/backfill-rollups';

/**
 * The dashboard's counters (see read-model/rollups.ts), filled from the rows already projected, and an
 * index that lets the processing-time percentiles read only the index of the period's decided cases.
 * Keys may be null (a case without a programme): NULLS NOT DISTINCT makes such a key one counter.
 */
export function createRollupsMigration(schema: string): new () => MigrationInterface {
  const s = `"${schema}"`;
  return class CreateRollups1764500400000 implements MigrationInterface {
    name = 'CreateRollups1764500400000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE TABLE ${s}.on_time_counts (
        source text NOT NULL CHECK (source IN ('CASE', 'STAGE')),
        stage text NOT NULL,
        unit_code text,
        program_code text,
        opened_month date NOT NULL,
        done_month date,
        due_month date,
        late boolean,
        paused boolean NOT NULL,
        n int NOT NULL,
        UNIQUE NULLS NOT DISTINCT (source, stage, unit_code, program_code, opened_month, done_month, due_month, late, paused)
      )`);
      await q.query(`CREATE INDEX on_time_counts_opened_idx ON ${s}.on_time_counts (source, opened_month)`);
      await q.query(`CREATE INDEX on_time_counts_done_idx ON ${s}.on_time_counts (source, done_month)`);
      await q.query(`CREATE TABLE ${s}.decided_per_day (
        day date NOT NULL,
        unit_code text,
        program_code text,
        case_kind text NOT NULL,
        n int NOT NULL,
        UNIQUE NULLS NOT DISTINCT (day, unit_code, program_code, case_kind)
      )`);
      await q.query(`CREATE TABLE ${s}.closed_per_day (
        day date NOT NULL,
        unit_code text,
        n int NOT NULL,
        days_department numeric(14,3) NOT NULL,
        days_local numeric(14,3) NOT NULL,
        days_applicant numeric(14,3) NOT NULL,
        days_council numeric(14,3) NOT NULL,
        days_budget_wait numeric(14,3) NOT NULL,
        UNIQUE NULLS NOT DISTINCT (day, unit_code)
      )`);
      await q.query(`CREATE TABLE ${s}.ocop_star_counts (
        unit_code text,
        product_group text,
        stars int NOT NULL,
        n int NOT NULL,
        UNIQUE NULLS NOT DISTINCT (unit_code, product_group, stars)
      )`);
      await q.query(`CREATE INDEX cases_decided_cover_idx ON ${s}.cases (decided_at)
        INCLUDE (case_kind, unit_code, program_code, processing_days)`);
      await backfillRollups(q, schema, ['on_time_counts', 'decided_per_day', 'closed_per_day', 'ocop_star_counts']);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP INDEX ${s}.cases_decided_cover_idx`);
      for (const t of ['ocop_star_counts', 'closed_per_day', 'decided_per_day', 'on_time_counts'])
        await q.query(`DROP TABLE ${s}.${t}`);
    }
  };
}
