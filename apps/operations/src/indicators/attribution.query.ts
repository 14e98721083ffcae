import type { DataSource } from 'typeorm';
import type { AttributionRow } from '@kc/contracts';
import type { Period } from './period';
import { num, periodDays, unitClause } from './query-clauses';

type PartyColumn = 'department' | 'local' | 'applicant' | 'council' | 'budgetWait';

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
