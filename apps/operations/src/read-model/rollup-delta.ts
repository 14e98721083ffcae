import type { EntityManager } from 'typeorm';
import { ROLLUPS } from './rollups';
import type { Rollup } from './rollup-tables/rollup';

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
