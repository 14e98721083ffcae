// The failover mode of `npm run bench:workflow` (BENCH_FAILOVER=yes, cluster profile): while dossiers flow,
// one Kafka broker, one Temporal history process and one replica of each app are killed (SIGKILL); the
// benchmark then checks that every dossier got exactly its first task, prints the dip and the recovery
// time, and brings the killed servers back with `infra.sh up`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';

const runDir = () => path.resolve('.infra', 'cluster', 'run');

/** Kills the cluster's second broker and second history process (from infra.sh's pid files). */
export function killInfrastructure(): string[] {
  const killed: string[] = [];
  for (const name of ['kafka-2', 'temporal-history-2']) {
    const file = path.join(runDir(), `${name}.pid`);
    if (!fs.existsSync(file)) continue;
    const pid = Number(fs.readFileSync(file, 'utf8').split(' ')[0]);
    try {
      process.kill(pid, 'SIGKILL');
      killed.push(`${name} (pid ${pid})`);
    } catch {
      // already gone
    }
  }
  return killed;
}

/** Starts again what infra.sh finds missing (the killed broker and history process). */
export function restoreInfrastructure(): void {
  execFileSync('bash', ['infra/local/infra.sh', 'up', 'kafka', 'temporal'], {
    stdio: 'ignore',
    env: { ...process.env, INFRA_PROFILE: 'cluster' },
  });
}

/**
 * Dossiers made visible per 5 s from the start, the rate before the kill, the lowest after it, and how
 * long after the kill the rate was back to 80 % of the rate before for good.
 */
export function dipAndRecovery(visibleAt: number[], started: number, killedAt: number): string {
  const bucketMs = 5000;
  const buckets: number[] = [];
  for (const t of visibleAt) {
    const i = Math.floor((t - started) / bucketMs);
    buckets[i] = (buckets[i] ?? 0) + 1;
  }
  const rates = Array.from(buckets, (n) => (n ?? 0) / (bucketMs / 1000));
  const killBucket = Math.floor((killedAt - started) / bucketMs);
  // the rate before the kill, from the first bucket with dossiers (the pipeline fills for a while)
  const first = rates.findIndex((r) => r > 0);
  const before = rates.slice(Math.max(0, first), killBucket);
  const baseline = before.length ? before.reduce((a, b) => a + b, 0) / before.length : 0;
  const after = rates.slice(killBucket, -1); // the last bucket is the tail of the run, not a dip
  const low = after.length ? Math.min(...after) : 0;
  // recovered at the end of the last bucket under 80 % of the rate before (a consumer group notices a
  // dead member only after its session timeout, so the dip can come well after the kill)
  const lastLow = after.reduce((last, r, i) => (r < 0.8 * baseline ? i : last), -1);
  const recoveredAfterS = ((killBucket + lastLow + 1) * bucketMs - (killedAt - started)) / 1000;
  return [
    `dossiers visible per second, by 5 s from the start: ${rates.map((r) => r.toFixed(1)).join(' ')}`,
    `kill at ${((killedAt - started) / 1000).toFixed(1)} s; before ${baseline.toFixed(1)}/s; lowest after ${low.toFixed(1)}/s (dip ${baseline ? ((1 - low / baseline) * 100).toFixed(0) : '?'} %); ` +
      (lastLow >= 0
        ? `back to ≥ 80 % for good ${recoveredAfterS.toFixed(0)} s after the kill`
        : 'never under 80 % after the kill'),
  ].join('\n');
}

/** What a failover run prints: lost and duplicated dossiers (tasks per dossier), then the dip and recovery. */
export async function failoverReport(
  db: DataSource,
  jobIds: string[],
  visibleAt: Map<string, number>,
  started: number,
  killedAt: number,
): Promise<string> {
  const counts = (await db.query(
    `SELECT application_id, count(*)::int AS n FROM appraisals.tasks WHERE application_id = ANY($1::uuid[]) GROUP BY 1`,
    [jobIds],
  )) as { n: number }[];
  const perDossier = new Map<number, number>();
  for (const { n } of counts) perDossier.set(n, (perDossier.get(n) ?? 0) + 1);
  return [
    `failover: dossiers with their first task ${visibleAt.size}/${jobIds.length} (lost: ${jobIds.length - visibleAt.size}); tasks per dossier → dossiers: ${[...perDossier].map(([n, d]) => `${n} → ${d}`).join(', ')} (the same count for every dossier: nothing duplicated)`,
    dipAndRecovery([...visibleAt.values()], started, killedAt),
  ].join('\n');
}
