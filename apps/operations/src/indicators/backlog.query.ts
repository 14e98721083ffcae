import type { DataSource } from 'typeorm';
import type { BacklogRow } from '@kc/contracts';
import { caseGroupings, unitClause, type CaseGrouping } from './query-clauses';

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
