import type { DataSource } from 'typeorm';
import type { ProcessingTimeRow } from '@kc/contracts';
import type { Period } from './period';
import { caseGroupings, num, unitClause } from './query-clauses';

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
