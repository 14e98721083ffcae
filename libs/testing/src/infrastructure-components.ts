// Where a benchmark finds the infrastructure's processes, to count their CPU time (cpu-accounting.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Component } from './cpu-accounting';

/** Pid of the process listening on a TCP port of this machine (ss), if any. */
export function listenerPid(port: number): number | undefined {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const match = /pid=(\d+)/.exec(out);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

const portOf = (address: string) => Number(address.slice(address.lastIndexOf(':') + 1));

/**
 * The infrastructure of the current profile: each Kafka broker, each Temporal process (the dev server,
 * or the cluster's frontend/history/matching/worker from their pid files), and PostgreSQL.
 */
export function infrastructureComponents(env: {
  kafkaBrokers: string[];
  temporalAddress: string;
  databaseUrl: string;
}): Component[] {
  const found = (name: string, pid: number | undefined): Component[] => (pid ? [{ name, pids: [pid] }] : []);
  const kafka = env.kafkaBrokers.flatMap((b, i) =>
    found(env.kafkaBrokers.length > 1 ? `Kafka broker ${i + 1}` : 'Kafka', listenerPid(portOf(b))),
  );
  const runDir = path.resolve('.infra', process.env.INFRA_PROFILE ?? 'default', 'run');
  const temporalPidFiles = fs.existsSync(runDir)
    ? fs.readdirSync(runDir).filter((f) => /^temporal-(frontend|history-\d+|matching|worker)\.pid$/.test(f))
    : [];
  const temporal =
    process.env.INFRA_PROFILE === 'cluster' && temporalPidFiles.length > 0
      ? temporalPidFiles.sort().map((f) => ({
          name: `Temporal ${f.replace(/^temporal-|\.pid$/g, '')}`,
          pids: [Number(fs.readFileSync(path.join(runDir, f), 'utf8').split(' ')[0])],
        }))
      : found('Temporal dev server', listenerPid(portOf(env.temporalAddress)));
  const postgres = found('PostgreSQL', listenerPid(Number(new URL(env.databaseUrl).port || 5432)));
  return [...kafka, ...temporal, ...postgres];
}
