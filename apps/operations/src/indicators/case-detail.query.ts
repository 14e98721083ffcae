import type { DataSource } from 'typeorm';
import type { OperationsCaseDetail } from '@kc/contracts';

/** One case with its stage visits (the delay attribution of a closed dossier is on the case row). */
export async function caseWithVisits(
  db: DataSource,
  schema: string,
  caseId: string,
): Promise<OperationsCaseDetail | undefined> {
  // to_jsonb keeps dates as dates ("2026-11-25") and numerics as numbers, as the API shows them.
  const [cases, visits] = (await Promise.all([
    db.query(`SELECT to_jsonb(c) AS row FROM "${schema}".cases c WHERE case_id = $1 OR code = $1 LIMIT 1`, [caseId]),
    db.query(
      `SELECT to_jsonb(v) AS row FROM "${schema}".stage_visits v JOIN "${schema}".cases c USING (case_id)
       WHERE c.case_id = $1 OR c.code = $1 ORDER BY v.seq`,
      [caseId],
    ),
  ])) as { row: Record<string, unknown> }[][];
  return cases[0] ? { case: cases[0].row, visits: visits.map((v) => v.row) } : undefined;
}
