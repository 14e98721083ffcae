import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At 1,000,000 dossiers the planner read the open stage visits through the heap instead of their covering
 * index (a plain index on the same key looked cheaper: the open rows sit together at the heap's end), and the
 * SLA lists filtered every open visit's heap row to count the at-risk ones. So:
 * - indexes that only repeat the key and predicate of a covering one go (the covering one answers alone);
 * - the index of left stage visits holds left ones only: `left_at IS NULL` is then answered by the open rows'
 *   covering index, whatever the heap's layout;
 * - the SLA lists (open, not waiting on the applicant, most urgent first) read one index in their own order,
 *   `(effective_due_at, case_id)` as the keyset cursor, with the at-risk instant, the filters and the
 *   visit's columns the page shows inside it, so a page is read from the index alone (with them outside, the
 *   planner read every open visit's heap row and sorted them at 1,000,000 dossiers).
 */
export function coverSlaListsMigration(schema: string): new () => MigrationInterface {
  const s = `"${schema}"`;
  return class CoverSlaLists1764500700000 implements MigrationInterface {
    name = 'CoverSlaLists1764500700000';
    async up(q: QueryRunner): Promise<void> {
      // Same key and predicate as cases_open_cover_idx / stage_visits_open_cover_idx, and cases_decided_cover_idx.
      await q.query(`DROP INDEX ${s}.cases_undecided_idx`);
      await q.query(`DROP INDEX ${s}.cases_decided_idx`);
      await q.query(`DROP INDEX ${s}.stage_visits_open_entered_idx`);
      await q.query(`DROP INDEX ${s}.stage_visits_left_idx`);
      await q.query(`CREATE INDEX stage_visits_left_idx ON ${s}.stage_visits (left_at) WHERE left_at IS NOT NULL`);
      await q.query(`DROP INDEX ${s}.stage_visits_open_idx`);
      await q.query(`CREATE INDEX stage_visits_sla_idx ON ${s}.stage_visits (effective_due_at, case_id)
        INCLUDE (at_risk_at, case_unit_code, stage, program_code, holder, unit_code, entered_at, breached)
        WHERE left_at IS NULL AND paused_since IS NULL`);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP INDEX ${s}.stage_visits_sla_idx`);
      await q.query(`CREATE INDEX stage_visits_open_idx ON ${s}.stage_visits (effective_due_at) WHERE left_at IS NULL`);
      await q.query(`DROP INDEX ${s}.stage_visits_left_idx`);
      await q.query(`CREATE INDEX stage_visits_left_idx ON ${s}.stage_visits (left_at)`);
      await q.query(
        `CREATE INDEX stage_visits_open_entered_idx ON ${s}.stage_visits (entered_at) WHERE left_at IS NULL`,
      );
      await q.query(`CREATE INDEX cases_decided_idx ON ${s}.cases (decided_at)`);
      await q.query(`CREATE INDEX cases_undecided_idx ON ${s}.cases (opened_at) WHERE decided_at IS NULL`);
    }
  };
}
