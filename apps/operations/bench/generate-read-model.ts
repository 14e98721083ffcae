import type { DataSource } from 'typeorm';
import { backfillRollups } from '../src/read-model/backfill-rollups';

const STAGES = ['RECEPTION', 'LOCAL_REVIEW', 'DEPARTMENT_APPRAISAL', 'COUNCIL_REVIEW', 'LEADER_APPROVAL'];
const HOLDERS = ['LOCAL', 'LOCAL', 'DEPARTMENT', 'COUNCIL', 'DEPARTMENT'];

/**
 * Fills a read-model schema with `count` cases received at `perDay` a day up to now, as years of a
 * province's traffic would leave it (so 1,000,000 cases are ten times the history of 100,000, not ten times
 * the traffic of each month): 60 units, four programmes, 2 % OCOP evaluations, about 3 % still open (the most
 * recent ones, and every one whose processing would end after now: no event is dated ahead), a tenth late, up to
 * five stage visits each (none entered or left after now). Rows are made by SQL (generate_series), not by
 * replaying events: the benchmark measures the queries, whose cost depends on the rows, not on their origin;
 * the counters the projection maintains are then filled from the rows as the migration fills them.
 */
export async function generateReadModel(db: DataSource, schema: string, count: number, perDay: number): Promise<void> {
  const s = `"${schema}"`;
  await db.query(
    `INSERT INTO ${s}.cases (case_id, case_kind, code, program_code, unit_code, product_group, stage, holder, opened_at,
       expected_result_date, due_date, stage_due_at, stage_at_risk_at, decided_at, outcome, closed_at, late, processing_days,
       paused_days, days_department, days_local, days_applicant, days_council, days_budget_wait, stars, submitted_online, documents)
     SELECT 'c' || i, CASE WHEN i % 50 = 0 THEN 'OCOP' ELSE 'DOSSIER' END, 'KC-' || i,
       (ARRAY['ROOFTOP_SOLAR','DEMO_MODEL','MACHINERY','RELOCATION_INTEREST'])[1 + i % 4], 'U-' || (i % 60),
       CASE WHEN i % 50 = 0 THEN 'G' || (i % 6) END,
       CASE WHEN open THEN (ARRAY[${STAGES.map((x) => `'${x}'`).join(',')}])[1 + i % 5] ELSE 'IMPLEMENTATION' END,
       CASE WHEN open THEN 'DEPARTMENT' END,
       opened, (opened + interval '20 days')::date, (opened + interval '20 days')::date,
       CASE WHEN open THEN opened + interval '4 days' END, CASE WHEN open THEN opened + interval '3 days' END,
       CASE WHEN NOT open THEN opened + span END, CASE WHEN NOT open THEN 'APPROVED' END,
       CASE WHEN NOT open THEN opened + span + interval '1 day' END,
       CASE WHEN NOT open THEN i % 10 = 0 END, CASE WHEN NOT open THEN extract(day FROM span) END,
       0, 3, 4, 1, 2, CASE WHEN NOT open THEN 1 END, CASE WHEN i % 50 = 0 THEN 3 + i % 3 END,
       CASE WHEN i % 50 <> 0 THEN i % 5 <> 0 END, CASE WHEN i % 50 <> 0 THEN 3 + i % 4 END
     FROM (
       -- Nothing is decided after now (a read model holds past events only): a dossier whose span would end
       -- in the future is still open.
       SELECT i, opened, span, (opened > now() - interval '30 days' AND i % 3 = 0) OR opened + span + interval '1 day' > now() AS open
       FROM (SELECT i, now() - interval '1 day' * (($1 - i)::float / $2) AS opened,
                    interval '1 day' * (5 + i % 25) AS span
             FROM generate_series(1, $1) AS i) g
     ) x`,
    [count, perDay],
  );
  await db.query(
    `INSERT INTO ${s}.stage_visits (case_id, seq, stage, holder, unit_code, case_unit_code, program_code, entered_at,
       left_at, due_at, effective_due_at, at_risk_at, working_days, holder_days, late)
     SELECT c.case_id, k, (ARRAY[${STAGES.map((x) => `'${x}'`).join(',')}])[k], (ARRAY[${HOLDERS.map((x) => `'${x}'`).join(',')}])[k],
       c.unit_code, c.unit_code, c.program_code, c.opened_at + (k - 1) * interval '1 day' * 4,
       CASE WHEN (c.decided_at IS NULL AND k = 5) OR c.opened_at + k * interval '1 day' * 4 > now() THEN NULL
         ELSE c.opened_at + k * interval '1 day' * 4 END,
       c.opened_at + (k - 1) * interval '1 day' * 4 + interval '5 days', c.opened_at + (k - 1) * interval '1 day' * 4 + interval '5 days',
       c.opened_at + (k - 1) * interval '1 day' * 4 + interval '4 days', 4, 4, c.case_id LIKE '%7'
     FROM ${s}.cases c CROSS JOIN generate_series(1, 5) AS k
     WHERE c.opened_at + (k - 1) * interval '1 day' * 4 <= now()`,
  );
  // The projection keeps the dashboard's counters up to date event by event; rows made by SQL need them filled.
  await backfillRollups(db, schema);
  await vacuumAnalyze(db, schema);
}

/** What autovacuum does to a table in time: statistics, and the visibility map that index-only scans need. */
export async function vacuumAnalyze(db: DataSource, schema: string): Promise<void> {
  for (const table of [
    'cases',
    'stage_visits',
    'on_time_counts',
    'decided_per_day',
    'closed_per_day',
    'ocop_star_counts',
    'channel_counts',
  ])
    await db.query(`VACUUM ANALYZE "${schema}".${table}`);
}
