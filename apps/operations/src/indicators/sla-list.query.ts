import type { DataSource } from 'typeorm';
import type { SlaRow } from '@kc/contracts';
import { encodeCursor, type SlaCursor } from './sla-cursor';

export interface ListQuery {
  unit?: string;
  stage?: string;
  programCode?: string;
  limit: number;
  offset: number;
  /** Keyset pagination: the page after this row (the previous page's `nextCursor`); `offset` is then ignored. */
  after?: SlaCursor;
  now?: Date;
}

const LIST_COLUMNS = `c.case_id AS "caseId", c.code, c.program_code AS "programCode", c.unit_code AS "unitCode",
  v.stage, v.holder, v.unit_code AS "stageUnitCode", v.entered_at AS "enteredAt", v.effective_due_at AS "dueAt",
  v.at_risk_at AS "atRiskAt", v.breached`;

/** Which open stage visits a list shows: past 75 % of their time but not due yet, or past due. */
const listConditions = {
  atRisk: 'v.at_risk_at <= $1 AND v.effective_due_at > $1',
  overdue: 'v.effective_due_at <= $1',
} as const;
export type SlaList = keyof typeof listConditions;

/**
 * Open stage visits at risk (past 75 % of the stage's time) or overdue, most urgent first; visits waiting on
 * the applicant are left out (their clock is stopped).
 */
export async function slaList(
  db: DataSource,
  schema: string,
  which: SlaList,
  q: ListQuery,
): Promise<{ items: SlaRow<Date>[]; total: number; nextCursor: string | null }> {
  const params: unknown[] = [q.now ?? new Date()];
  const filters = [
    `v.left_at IS NULL`,
    `v.paused_since IS NULL`,
    listConditions[which],
    ...(q.unit ? [`v.case_unit_code = $${params.push(q.unit)}`] : []),
    ...(q.stage ? [`v.stage = $${params.push(q.stage)}`] : []),
    ...(q.programCode ? [`v.program_code = $${params.push(q.programCode)}`] : []),
  ].join(' AND ');
  const from = `"${schema}".stage_visits v JOIN "${schema}".cases c USING (case_id)`;
  const pageParams = [...params];
  const page = q.after
    ? `AND (v.effective_due_at, v.case_id) > ($${pageParams.push(q.after.dueAt)}::timestamptz, $${pageParams.push(q.after.caseId)})`
    : '';
  const [items, total] = await Promise.all([
    db.query(
      `SELECT ${LIST_COLUMNS} FROM ${from} WHERE ${filters} ${page}
       ORDER BY v.effective_due_at, v.case_id LIMIT ${q.limit} OFFSET ${q.after ? 0 : q.offset}`,
      pageParams,
    ) as Promise<SlaRow<Date>[]>,
    db.query(`SELECT count(*)::int AS n FROM "${schema}".stage_visits v WHERE ${filters}`, params) as Promise<
      { n: number }[]
    >,
  ]);
  const last = items.at(-1);
  const nextCursor =
    last && items.length === q.limit ? encodeCursor({ dueAt: last.dueAt.toISOString(), caseId: last.caseId }) : null;
  return { items, total: total[0].n, nextCursor };
}
