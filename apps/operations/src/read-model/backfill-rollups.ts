import { ROLLUPS } from './rollups';

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
