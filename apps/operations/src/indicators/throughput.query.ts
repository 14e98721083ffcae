import type { DataSource } from 'typeorm';
import type { ThroughputRow } from '@kc/contracts';
import type { Period } from './period';
import { periodDays, unitClause } from './query-clauses';

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
