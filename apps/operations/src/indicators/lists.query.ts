import type { DataSource } from 'typeorm';
import type { OperationsCaseDetail, SlaRow, StarsRow } from '@kc/contracts';

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

/** Where a page of an SLA list ended: the last row's deadline and case. */
export interface SlaCursor {
  dueAt: string;
  caseId: string;
}

/** The cursor as the API hands it out: opaque, URL-safe. */
export const encodeCursor = (c: SlaCursor) => Buffer.from(JSON.stringify([c.dueAt, c.caseId])).toString('base64url');

/** A cursor back from the API, or undefined when it is not one of ours. */
export function decodeCursor(text: string): SlaCursor | undefined {
  try {
    const [dueAt, caseId] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof dueAt !== 'string' || typeof caseId !== 'string' || Number.isNaN(Date.parse(dueAt))) return undefined;
    return { dueAt, caseId };
  } catch {
    return undefined;
  }
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

/** OCOP star distribution of the evaluations that ended with stars, by unit or by product group (counters). */
export async function ocopStars(
  db: DataSource,
  schema: string,
  q: { by: 'unit' | 'group'; unit?: string },
): Promise<StarsRow[]> {
  const key = q.by === 'unit' ? 'unit_code' : 'product_group';
  const params: unknown[] = [];
  const unit = q.unit ? `AND unit_code = $${params.push(q.unit)}` : '';
  const rows: { key: string | null; stars: number; products: number }[] = await db.query(
    `SELECT ${key} AS key, stars, sum(n)::int AS products FROM "${schema}".ocop_star_counts
     WHERE true ${unit} GROUP BY 1, 2 HAVING sum(n) > 0 ORDER BY 1, 2`,
    params,
  );
  const byKey = new Map<string | null, StarsRow>();
  for (const r of rows) {
    const entry = byKey.get(r.key) ?? { key: r.key, star1: 0, star2: 0, star3: 0, star4: 0, star5: 0, total: 0 };
    entry[`star${r.stars as 1 | 2 | 3 | 4 | 5}`] = r.products;
    entry.total += r.products;
    byKey.set(r.key, entry);
  }
  return [...byKey.values()];
}
