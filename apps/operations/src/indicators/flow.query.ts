import type { DataSource } from 'typeorm';
import type { AttributionRow, BacklogRow, ProcessingTimeRow, ThroughputRow } from '@kc/contracts';
import { vietnamDay } from '../read-model/working-time';
import type { Period } from './period';

/** Columns a case indicator may be grouped by. */
export const caseGroupings = {
  unit: 'unit_code',
  programme: 'program_code',
  stage: 'stage',
  holder: 'holder',
} as const;
export type CaseGrouping = keyof typeof caseGroupings;

/** A period's first and (excluded) last Vietnamese calendar day. */
const periodDays = (p: Period) => [vietnamDay(p.start.getTime()), vietnamDay(p.end.getTime())];

const unitClause = (params: unknown[], unit?: string) => (unit ? `AND unit_code = $${params.push(unit)}` : '');

/** Average and 90th percentile of processing time (working days, pauses excluded) of cases decided in the period. */
export async function processingTimes(
  db: DataSource,
  schema: string,
  q: { period: Period; by: 'unit' | 'programme'; unit?: string },
): Promise<ProcessingTimeRow[]> {
  const params: unknown[] = [q.period.start, q.period.end];
  const rows: { key: string | null; decided: number; avg: string | null; p90: string | null }[] = await db.query(
    `SELECT ${caseGroupings[q.by]} AS key, count(*)::int AS decided,
       round(avg(processing_days), 2) AS avg,
       round(percentile_cont(0.9) WITHIN GROUP (ORDER BY processing_days)::numeric, 2) AS p90
     FROM "${schema}".cases
     WHERE decided_at >= $1 AND decided_at < $2 AND case_kind = 'DOSSIER' ${unitClause(params, q.unit)}
     GROUP BY 1 ORDER BY 1`,
    params,
  );
  return rows.map((r) => ({
    key: r.key,
    decided: r.decided,
    averageWorkingDays: num(r.avg),
    p90WorkingDays: num(r.p90),
  }));
}

/** Cases decided per Vietnamese calendar day of the period (from the day counters). */
export async function throughputPerDay(
  db: DataSource,
  schema: string,
  q: { period: Period; unit?: string },
): Promise<ThroughputRow[]> {
  const params: unknown[] = periodDays(q.period);
  const rows: ThroughputRow[] = await db.query(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(n)::int AS decided
     FROM "${schema}".decided_per_day WHERE day >= $1::date AND day < $2::date ${unitClause(params, q.unit)}
     GROUP BY 1 HAVING sum(n) > 0 ORDER BY 1`,
    params,
  );
  return rows;
}

/** Cases not closed yet, grouped; with how many wait on the applicant and how many are past their stage's deadline. */
export async function backlog(
  db: DataSource,
  schema: string,
  q: { by: CaseGrouping; unit?: string; now?: Date },
): Promise<BacklogRow[]> {
  const params: unknown[] = [q.now ?? new Date()];
  const rows: BacklogRow[] = await db.query(
    `SELECT ${caseGroupings[q.by]} AS key, count(*)::int AS open,
       count(*) FILTER (WHERE paused_since IS NOT NULL)::int AS "waitingOnApplicant",
       count(*) FILTER (WHERE paused_since IS NULL AND stage_due_at < $1)::int AS "stagePastDue"
     FROM "${schema}".cases WHERE closed_at IS NULL ${unitClause(params, q.unit)}
     GROUP BY 1 ORDER BY 1`,
    params,
  );
  return rows;
}

/**
 * Delay attribution summed per unit over the cases closed in the period: the working days each party held
 * them (Department, local unit, applicant, council, budget wait), in total (from the day counters).
 */
export async function attributionByUnit(
  db: DataSource,
  schema: string,
  q: { period: Period; unit?: string },
): Promise<AttributionRow[]> {
  const params: unknown[] = periodDays(q.period);
  // Sums of numeric columns come back as text (exact); counts as numbers.
  const rows: (Record<PartyColumn, string | null> & { unitCode: string | null; closed: number })[] = await db.query(
    `SELECT unit_code AS "unitCode", sum(n)::int AS closed,
       sum(days_department) AS department, sum(days_local) AS local, sum(days_applicant) AS applicant,
       sum(days_council) AS council, sum(days_budget_wait) AS "budgetWait"
     FROM "${schema}".closed_per_day
     WHERE day >= $1::date AND day < $2::date ${unitClause(params, q.unit)}
     GROUP BY 1 HAVING sum(n) > 0 ORDER BY 1`,
    params,
  );
  return rows.map((r) => ({
    unitCode: r.unitCode,
    closed: Number(r.closed),
    department: num(r.department),
    local: num(r.local),
    applicant: num(r.applicant),
    council: num(r.council),
    budgetWait: num(r.budgetWait),
  }));
}

type PartyColumn = 'department' | 'local' | 'applicant' | 'council' | 'budgetWait';

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
