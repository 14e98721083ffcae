// npm run bench:operations: fills a throw-away schema with BENCH_DOSSIERS cases (default 100,000; run again
// with 1000000) and their stage visits, then times the dashboard and list queries the API runs and prints
// p50 / p95 / max per query (goal: p95 ≤ 100 ms, and about the same at 100,000 and 1,000,000).
// BENCH_KEEP=1 keeps the schema; BENCH_REUSE=1 then measures it again (after applying newer migrations).
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createAppDataSource, databaseConfigSchema, migrateDataSource, redactDatabaseUrl } from '@kc/persistence';
import { attributionByUnit } from '../src/indicators/attribution.query';
import { backlog } from '../src/indicators/backlog.query';
import { processingTimes } from '../src/indicators/processing-times.query';
import { throughputPerDay } from '../src/indicators/throughput.query';
import { ocopStars } from '../src/indicators/ocop-stars.query';
import { decodeCursor } from '../src/indicators/sla-cursor';
import { slaList } from '../src/indicators/sla-list.query';
import { onlineIndicators } from '../src/indicators/online.query';
import { onTimeRates } from '../src/indicators/on-time.query';
import { parsePeriod } from '../src/indicators/period';
import { operationsMigrations } from '../src/service.definition';
import { generateReadModel, vacuumAnalyze } from './generate-read-model';

const count = Number(process.env.BENCH_DOSSIERS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 40);
/** Cases received per day: a month of the dashboard holds about 30 × this, whatever the history's length. */
const perDay = Number(process.env.BENCH_PER_DAY ?? 500);
/** BENCH_REUSE=1 measures again a schema an earlier run kept (BENCH_KEEP=1) instead of generating it anew. */
const reuse = Boolean(process.env.BENCH_REUSE);

/** Whether an earlier run left this schema's rows (its cases table exists). */
const kept = async (db: DataSource, schema: string) =>
  ((await db.query(`SELECT to_regclass($1) IS NOT NULL AS found`, [`"${schema}".cases`])) as { found: boolean }[])[0]
    .found;

const thisMonth = () => {
  const now = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  return parsePeriod(now)!;
};

async function main(): Promise<void> {
  const { DATABASE_URL } = databaseConfigSchema.parse(process.env);
  const schema = `bench_operations_${count}`;
  const db = createAppDataSource({ url: DATABASE_URL, schema, migrations: operationsMigrations(schema), poolSize: 4 });
  await db.initialize();
  if (reuse && (await kept(db, schema))) {
    // A schema kept by BENCH_KEEP: its rows stay, newer migrations apply to them as they would in production.
    await migrateDataSource(db, schema);
    await vacuumAnalyze(db, schema);
    console.log(`reusing ${schema} @ ${redactDatabaseUrl(DATABASE_URL)} (migrated to the latest schema)`);
  } else {
    await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await migrateDataSource(db, schema);
    console.log(
      `generating ${count.toLocaleString('en')} cases and ${(count * 5).toLocaleString('en')} stage visits in ${schema} @ ${redactDatabaseUrl(DATABASE_URL)}`,
    );
    const t0 = performance.now();
    await generateReadModel(db, schema, count, perDay);
    console.log(
      `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (${perDay} cases a day: ${Math.round(count / perDay)} days of history)`,
    );
  }

  const period = thisMonth();
  const page = { limit: 20, offset: 0 };
  let cursor: string | undefined;
  const queries: Record<string, () => Promise<unknown>> = {
    'on-time by unit (month)': () => onTimeRates(db, schema, { period, by: 'unit' }),
    'on-time by stage (month)': () => onTimeRates(db, schema, { period, by: 'stage' }),
    'on-time by programme (year)': () =>
      onTimeRates(db, schema, { period: parsePeriod(period.label.slice(0, 4))!, by: 'programme' }),
    'on-time one unit (quarter)': () =>
      onTimeRates(db, schema, { period: parsePeriod(`${period.label.slice(0, 4)}-Q4`)!, by: 'unit', unit: 'U-7' }),
    'processing time (month)': () => processingTimes(db, schema, { period, by: 'unit' }),
    'online rate by unit (year)': () =>
      onlineIndicators(db, schema, { period: parsePeriod(period.label.slice(0, 4))!, by: 'unit' }),
    'throughput per day (month)': () => throughputPerDay(db, schema, { period }),
    'backlog by unit': () => backlog(db, schema, { by: 'unit' }),
    'attribution by unit (month)': () => attributionByUnit(db, schema, { period }),
    'at-risk list, page 1': () => slaList(db, schema, 'atRisk', page),
    'overdue list, page 1': () => slaList(db, schema, 'overdue', page),
    'overdue list, one unit': () => slaList(db, schema, 'overdue', { ...page, unit: 'U-7' }),
    'overdue list, page 2 (cursor)': async () => {
      cursor ??= (await slaList(db, schema, 'overdue', page)).nextCursor ?? undefined;
      return slaList(db, schema, 'overdue', { ...page, after: cursor ? decodeCursor(cursor) : undefined });
    },
    'OCOP stars by group': () => ocopStars(db, schema, { by: 'group' }),
  };
  console.log(`\n${'query'.padEnd(34)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const [name, run] of Object.entries(queries)) {
    for (let i = 0; i < 3; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(1);
    console.log(`${name.padEnd(34)} ${at(0.5).padStart(8)} ${at(0.95).padStart(8)} ${at(1).padStart(8)}`);
  }
  if (!process.env.BENCH_KEEP) await db.query(`DROP SCHEMA "${schema}" CASCADE`);
  await db.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
