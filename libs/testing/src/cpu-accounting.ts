import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * CPU time per component of a benchmark, read from /proc: a component is one or more process trees
 * (a Kafka broker, a Temporal process, the PostgreSQL postmaster with its backends, an app). A tree's
 * time is the user+system time of its live processes plus what they collected from children that
 * already exited (cutime/cstime), so a backend that ends during the run still counts.
 */
export interface Component {
  name: string;
  /** Root pids of the component's process trees. */
  pids: number[];
  /** Count the root process only, not its children (a benchmark driver whose children are components). */
  ownOnly?: boolean;
}

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux (getconf CLK_TCK)

interface ProcStat {
  ppid: number;
  ticks: number;
}

function readProcs(): Map<number, ProcStat> {
  const procs = new Map<number, ProcStat>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' '); // f[0] is field 3 (state)
      // fields 14-17: utime stime cutime cstime
      procs.set(Number(entry), {
        ppid: Number(f[1]),
        ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
      });
    } catch {
      // the process ended while we read
    }
  }
  return procs;
}

/** utime+stime of one process alone (its children's time is theirs). */
function ownTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

/** CPU ms of each component now (cumulative since each process started). */
export function cpuSnapshot(components: readonly Component[]): Map<string, number> {
  const procs = readProcs();
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const treeTicks = (root: number): number =>
    (procs.get(root)?.ticks ?? 0) + (children.get(root) ?? []).reduce((sum, c) => sum + treeTicks(c), 0);
  const ticks = (c: Component, pid: number) => (c.ownOnly ? ownTicks(pid) : treeTicks(pid));
  return new Map(components.map((c) => [c.name, c.pids.reduce((sum, pid) => sum + ticks(c, pid), 0) * TICK_MS]));
}

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

/** Measures the CPU each component spends between start() and the returned stop(). */
export function startCpuMeter(components: readonly Component[]) {
  const before = cpuSnapshot(components);
  const t0 = performance.now();
  return {
    stop(): { name: string; ms: number }[] {
      const after = cpuSnapshot(components);
      const wallMs = performance.now() - t0;
      return [
        ...components.map((c) => ({ name: c.name, ms: after.get(c.name)! - before.get(c.name)! })),
        { name: '(wall clock)', ms: wallMs },
      ];
    },
  };
}

/** The table a benchmark prints: CPU ms per unit (dossier, event) for each component, and totals. */
export function formatCpuTable(
  rows: { name: string; ms: number }[],
  units: number,
  unit: string,
  groups: Record<string, string[]> = {},
): string {
  const wall = rows.find((r) => r.name === '(wall clock)')!.ms;
  const parts = rows.filter((r) => r.name !== '(wall clock)');
  const total = parts.reduce((s, r) => s + r.ms, 0);
  const width = Math.max(...parts.map((r) => r.name.length), ...Object.keys(groups).map((g) => g.length), 12);
  const line = (name: string, ms: number) =>
    `  ${name.padEnd(width)} ${(ms / units).toFixed(2).padStart(8)} ms/${unit}  ${((ms / wall) * 100).toFixed(0).padStart(4)}% of a core`;
  const sum = (names: string[]) =>
    parts.filter((r) => names.some((n) => r.name.startsWith(n))).reduce((s, r) => s + r.ms, 0);
  return [
    `CPU per ${unit} over ${(wall / 1000).toFixed(1)} s and ${units} ${unit}s (from /proc; other work on the machine is not in these rows, but it slows them):`,
    ...parts.map((r) => line(r.name, r.ms)),
    ...Object.entries(groups).map(([g, names]) => line(g, sum(names))),
    line('total', total),
  ].join('\n');
}
