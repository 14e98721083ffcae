import type { EntityManager } from 'typeorm';

/**
 * Counters the dashboard reads instead of the whole history (issue #10 §5: the cost of a dashboard must not
 * grow with the years of dossiers). Each rollup is one SQL SELECT of what a case (and its stage visits)
 * contributes; the projection subtracts a case's old contribution and adds its new one in the transaction
 * that re-derives it, and the migration fills the counters from the rows already there with the same SELECT.
 * Months and days are Vietnamese calendar ones, as the reporting periods are.
 */
export interface Rollup {
  table: string;
  keys: readonly string[];
  values: readonly string[];
  /** SELECT of the keys and values, from `cases c` or `stage_visits v` of `schema`, for cases matching `where`. */
  contribution(schema: string, where: string): string;
}

const vnMonth = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
const vnDay = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * What the on-time rate (Decision 766) needs of every dossier: the months it was received, decided and
 * due in, whether it was decided late and whether it waits on the applicant now. A period is a run of whole
 * months, so month counters give the same figures as counting dossiers one by one.
 */
const caseOnTime: Rollup = {
  table: 'on_time_counts',
  keys: ['source', 'stage', 'unit_code', 'program_code', 'opened_month', 'done_month', 'due_month', 'late', 'paused'],
  values: ['n'],
  contribution: (schema, where) =>
    `SELECT 'CASE' AS source, '' AS stage, unit_code, program_code, ${vnMonth('opened_at')} AS opened_month,
       ${vnMonth('decided_at')} AS done_month, date_trunc('month', due_date)::date AS due_month, late,
       paused_since IS NOT NULL AS paused, count(*)::int AS n
     FROM "${schema}".cases c WHERE case_kind = 'DOSSIER' AND opened_at IS NOT NULL AND ${where}
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
};

/**
 * The same for stage visits (the on-time rate per stage) of dossiers: OCOP councils and new-rural appraisals
 * (whose stage names overlap a dossier's) are left out.
 */
const stageOnTime: Rollup = {
  ...caseOnTime,
  contribution: (schema, where) =>
    `SELECT 'STAGE' AS source, stage, case_unit_code AS unit_code, program_code, ${vnMonth('entered_at')} AS opened_month,
       ${vnMonth('left_at')} AS done_month, ${vnMonth('effective_due_at')} AS due_month, late,
       paused_since IS NOT NULL AS paused, count(*)::int AS n
     FROM "${schema}".stage_visits v WHERE program_code IS DISTINCT FROM 'OCOP' AND program_code IS DISTINCT FROM 'RURAL'
       AND ${where}
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
};

/** Cases decided per day (throughput), every kind. */
const decidedPerDay: Rollup = {
  table: 'decided_per_day',
  keys: ['day', 'unit_code', 'program_code', 'case_kind'],
  values: ['n'],
  contribution: (schema, where) =>
    `SELECT ${vnDay('decided_at')} AS day, unit_code, program_code, case_kind, count(*)::int AS n
     FROM "${schema}".cases c WHERE decided_at IS NOT NULL AND ${where} GROUP BY 1, 2, 3, 4`,
};

const PARTIES = ['days_department', 'days_local', 'days_applicant', 'days_council', 'days_budget_wait'] as const;

/** Dossiers closed per day with the working days each party held them (delay attribution). */
const closedPerDay: Rollup = {
  table: 'closed_per_day',
  keys: ['day', 'unit_code'],
  values: ['n', ...PARTIES],
  contribution: (schema, where) =>
    `SELECT ${vnDay('closed_at')} AS day, unit_code, count(*)::int AS n, ${PARTIES.map((p) => `coalesce(sum(${p}), 0) AS ${p}`).join(', ')}
     FROM "${schema}".cases c WHERE closed_at IS NOT NULL AND case_kind = 'DOSSIER' AND ${where} GROUP BY 1, 2`,
};

/** OCOP products per unit, product group and stars. */
const ocopStars: Rollup = {
  table: 'ocop_star_counts',
  keys: ['unit_code', 'product_group', 'stars'],
  values: ['n'],
  contribution: (schema, where) =>
    `SELECT unit_code, product_group, stars, count(*)::int AS n
     FROM "${schema}".cases c WHERE case_kind = 'OCOP' AND stars IS NOT NULL AND ${where} GROUP BY 1, 2, 3`,
};

/**
 * Dossiers received and decided per month, online or not, with the documents received as files: the online
 * rate and the digitised documents per dossier.
 */
const channel = (measure: 'RECEIVED' | 'DECIDED', column: string): Rollup => ({
  table: 'channel_counts',
  keys: ['measure', 'month', 'unit_code', 'program_code', 'online'],
  values: ['n', 'with_documents', 'documents'],
  contribution: (schema, where) =>
    `SELECT '${measure}' AS measure, ${vnMonth(column)} AS month, unit_code, program_code, submitted_online AS online,
       count(*)::int AS n, count(documents)::int AS with_documents, coalesce(sum(documents), 0)::int AS documents
     FROM "${schema}".cases c WHERE case_kind = 'DOSSIER' AND ${column} IS NOT NULL AND ${where} GROUP BY 1, 2, 3, 4, 5`,
});

/** Every rollup, in the order their rows are locked (one order for all transactions: no deadlock). */
export const ROLLUPS: readonly Rollup[] = [
  caseOnTime,
  stageOnTime,
  decidedPerDay,
  closedPerDay,
  ocopStars,
  channel('RECEIVED', 'opened_at'),
  channel('DECIDED', 'decided_at'),
];

type Contribution = { rollup: Rollup; rows: Record<string, unknown>[] };

const keyOf = (r: Rollup, row: Record<string, unknown>) => JSON.stringify(r.keys.map((k) => row[k] ?? null));

/** What some cases contribute to every rollup now (read before and after they are re-derived), in one query. */
export async function contributions(m: EntityManager, schema: string, caseIds: string[]): Promise<Contribution[]> {
  // Through JSON, dates stay calendar dates ('2026-11-01') whatever the process's time zone.
  const rows: { r: number; row: Record<string, unknown> }[] = await m.query(
    ROLLUPS.map(
      (rollup, i) =>
        `SELECT ${i} AS r, to_jsonb(x) AS row FROM (${rollup.contribution(schema, 'case_id = ANY($1)')}) x`,
    ).join(' UNION ALL '),
    [caseIds],
  );
  return ROLLUPS.map((rollup, i) => ({ rollup, rows: rows.filter((x) => x.r === i).map((x) => x.row) }));
}

/**
 * Applies new − old to the counters: one upsert per table, its rows in key order, so two transactions lock
 * counter rows in the same order. Values are summed as text by Postgres (numeric stays exact).
 */
export async function applyDelta(
  m: EntityManager,
  schema: string,
  before: Contribution[],
  after: Contribution[],
): Promise<void> {
  for (const [i, { rollup }] of after.entries()) {
    const delta = new Map<string, { row: Record<string, unknown>; sign: number }[]>();
    for (const [sign, rows] of [
      [-1, before[i].rows],
      [1, after[i].rows],
    ] as const) {
      for (const row of rows) {
        const key = keyOf(rollup, row);
        delta.set(key, [...(delta.get(key) ?? []), { row, sign }]);
      }
    }
    const entries = [...delta.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, parts]) => ({
        row: parts[0].row,
        values: rollup.values.map((v) => parts.reduce((sum, p) => sum + p.sign * Number(p.row[v]), 0)),
      }))
      .filter((e) => e.values.some((v) => Math.abs(v) > 1e-9));
    if (entries.length === 0) continue;
    await upsert(m, schema, rollup, entries);
  }
}

async function upsert(
  m: EntityManager,
  schema: string,
  r: Rollup,
  entries: { row: Record<string, unknown>; values: number[] }[],
): Promise<void> {
  const columns = [...r.keys, ...r.values];
  const params: unknown[] = [];
  const tuples = entries.map(
    (e) =>
      `(${[...r.keys.map((k) => e.row[k]), ...e.values.map((v) => Math.round(v * 1000) / 1000)]
        .map((v) => `$${params.push(v)}`)
        .join(', ')})`,
  );
  await m.query(
    `INSERT INTO "${schema}".${r.table} AS t (${columns.join(', ')}) VALUES ${tuples.join(', ')}
     ON CONFLICT (${r.keys.join(', ')}) DO UPDATE SET ${r.values.map((v) => `${v} = t.${v} + EXCLUDED.${v}`).join(', ')}`,
    params,
  );
}

/** Fills the counters of some tables (all by default) from the rows already in a schema (migrations, the benchmark). */
export async function backfillRollups(
  q: { query(sql: string): Promise<unknown> },
  schema: string,
  tables?: readonly string[],
): Promise<void> {
  for (const r of ROLLUPS.filter((x) => !tables || tables.includes(x.table))) {
    const columns = [...r.keys, ...r.values];
    await q.query(
      `INSERT INTO "${schema}".${r.table} AS t (${columns.join(', ')}) ${r.contribution(schema, 'true')}
       ON CONFLICT (${r.keys.join(', ')}) DO UPDATE SET ${r.values.map((v) => `${v} = t.${v} + EXCLUDED.${v}`).join(', ')}`,
    );
  }
}
