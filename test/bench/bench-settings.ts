// What a bench:workflow run is asked for (environment, see workflow.bench.ts) and the small helpers its
// parts share: the CPU table's groups, percentiles, and the pool that keeps CONCURRENCY jobs in flight.
export const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1500);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
export const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
export const REPLICAS = Math.max(1, Number(process.env.APP_REPLICAS ?? 1));
export const FAILOVER = process.env.BENCH_FAILOVER === 'yes';
export const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 0);
if (FAILOVER && (process.env.INFRA_PROFILE !== 'cluster' || REPLICAS < 2))
  throw new Error('BENCH_FAILOVER=yes needs INFRA_PROFILE=cluster and APP_REPLICAS >= 2');
export const cpuGroups = {
  'our code (apps + driver)': ['app ', 'bench driver'],
  'Temporal (all processes)': ['Temporal'],
  'Kafka (all brokers)': ['Kafka'],
};
export const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Runs `jobs` with `CONCURRENCY` in flight; each job resolves when its own work is visible. */
export async function pool<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}
