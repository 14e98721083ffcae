import { channel } from './rollup-tables/channel.rollup';
import { ocopStars } from './rollup-tables/ocop-stars.rollup';
import { caseOnTime, stageOnTime } from './rollup-tables/on-time.rollups';
import type { Rollup } from './rollup-tables/rollup';
import { closedPerDay, decidedPerDay } from './rollup-tables/throughput.rollups';

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
