import fs from 'node:fs';

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
