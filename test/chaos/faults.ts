// The faults of `npm run chaos`, in a random order (seeded: CHAOS_SEED) at random moments while dossiers
// are in flight: every app SIGKILLed CHAOS_KILLS_PER_APP times (the supervisor starts it again), and the
// Kafka broker, the Temporal server and PostgreSQL each killed and restarted once.
import { ServiceNames } from '@kc/contracts';
import type { SupervisedApps } from './apps-under-supervisor';
import type { PrivateStack } from './private-stack';

export interface Fault {
  name: string;
  inject(): Promise<void>;
}

/** mulberry32: a small seeded generator, so a failing run's fault order can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function killApp(apps: SupervisedApps, app: string): Fault {
  return {
    name: `SIGKILL ${app}`,
    inject: async () => {
      const pid = apps.pidOf(app);
      if (pid === undefined) throw new Error(`${app} has no running process to kill`);
      process.kill(pid, 'SIGKILL');
    },
  };
}

/** Every fault once (apps `killsPerApp` times), shuffled. */
export function faultPlan(stack: PrivateStack, apps: SupervisedApps, killsPerApp: number, random: () => number) {
  const faults: Fault[] = [
    ...ServiceNames.flatMap((app) => Array.from({ length: killsPerApp }, () => killApp(apps, app))),
    { name: 'restart Kafka broker (SIGKILL)', inject: stack.restartKafka },
    { name: 'restart Temporal server (SIGKILL)', inject: stack.restartTemporal },
    { name: 'restart PostgreSQL (immediate stop)', inject: stack.restartPostgres },
  ];
  for (let i = faults.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [faults[i], faults[j]] = [faults[j]!, faults[i]!];
  }
  return faults;
}

/**
 * Injects the faults one after another, each after a random pause of 0.5–1.5 × `meanGapMs`, while
 * `inFlight()` says dossiers are still moving (afterwards the rest come at once: every fault is injected).
 * Answers what was injected, with the time from the start.
 */
export async function injectFaults(
  faults: Fault[],
  meanGapMs: number,
  random: () => number,
  inFlight: () => boolean,
  log: (s: string) => void,
): Promise<string[]> {
  const t0 = Date.now();
  const done: string[] = [];
  for (const fault of faults) {
    const gap = meanGapMs * (0.5 + random());
    for (const end = Date.now() + gap; Date.now() < end && inFlight();) await new Promise((r) => setTimeout(r, 200));
    // an app being restarted by the supervisor has no process yet: wait for it rather than skip the fault
    for (let tries = 0; ; tries++) {
      try {
        await fault.inject();
        break;
      } catch (error) {
        if (tries >= 120) throw error;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    const at = `${((Date.now() - t0) / 1000).toFixed(0)} s`;
    done.push(`${at}: ${fault.name}`);
    log(`fault at ${at}: ${fault.name}`);
  }
  return done;
}
