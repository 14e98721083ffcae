// The six apps of `npm run chaos`, run by the project's own supervisor (scripts/supervise.js, what `npm start`
// ends with) from the compiled tree, on ports of their own (APP_PORT_OFFSET) and the private stack's
// addresses. The supervisor restarts a child that dies; the chaos run finds each child by its pid (the
// supervisor's children in /proc) to SIGKILL it.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ServiceNames, servicePort, type ServiceName } from '@kc/contracts';
import type { PrivateStack } from './private-stack';
import { freePort, portOpen } from './server-process';

const ROOT = path.resolve(__dirname, '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An offset (a multiple of 100 from 20000) at which every app's port (its registry port + offset) is free. */
async function freeOffset(): Promise<number> {
  for (let offset = 20_000 + 100 * Math.floor(Math.random() * 50); offset < 40_000; offset += 100) {
    const taken = await Promise.all(ServiceNames.map((app) => portOpen(servicePort(app) + offset)));
    if (!taken.some(Boolean)) return offset;
  }
  throw new Error('no free port range for the apps');
}

export interface SupervisedApps {
  gateway: string;
  /** The pid of the app's current process (the supervisor's child), if it runs. */
  pidOf(app: string): number | undefined;
  healthy(app: string): Promise<boolean>;
  stop(): Promise<void>;
}

export async function startSupervisedApps(
  stack: PrivateStack,
  env: Record<string, string>,
  log: string,
): Promise<SupervisedApps> {
  const offset = await freeOffset();
  const port = (app: string) => servicePort(app as ServiceName) + offset;
  const out = openSync(log, 'a');
  const supervisor: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts/supervise.js')], {
    cwd: ROOT,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'development',
      APP_PORT_OFFSET: String(offset),
      TEMPORAL_UI_PORT: String(await freePort()),
      DATABASE_URL: stack.ownerUrl,
      DATABASE_SERVICE_ROLES: 'on',
      KAFKA_BROKERS: stack.kafkaBrokers,
      KAFKA_TOPIC_PREFIX: '',
      TEMPORAL_ADDRESS: stack.temporalAddress,
      SMTP_PORT: String(stack.smtpPort),
      SMTP_HOST: '127.0.0.1',
    },
  });
  const children = (): number[] => {
    try {
      return readFileSync(`/proc/${supervisor.pid}/task/${supervisor.pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const appOf = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).pop();
    } catch {
      return undefined;
    }
  };
  const healthy = async (app: string) => {
    try {
      const res = await fetch(`http://127.0.0.1:${port(app)}/health`, { signal: AbortSignal.timeout(3000) });
      return res.status === 200;
    } catch {
      return false;
    }
  };
  return {
    gateway: `http://127.0.0.1:${port('gateway')}`,
    pidOf: (app) => children().find((pid) => appOf(pid) === app),
    healthy,
    stop: async () => {
      if (supervisor.exitCode !== null) return;
      const left = children();
      supervisor.kill('SIGTERM');
      await Promise.race([new Promise((r) => supervisor.once('exit', r)), sleep(25_000)]);
      for (const pid of left.filter((p) => ServiceNames.includes(appOf(p) as ServiceName))) {
        try {
          process.kill(pid, 'SIGKILL'); // still there after the supervisor's own 15 s
        } catch {
          // already gone
        }
      }
      if (supervisor.exitCode === null) supervisor.kill('SIGKILL');
    },
  };
}

/** Waits until every app answers /health with 200 (Postgres, Kafka and Temporal reachable). */
export async function waitHealthy(apps: SupervisedApps, ms = 300_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const states = await Promise.all(ServiceNames.map((a) => apps.healthy(a)));
    if (states.every(Boolean)) return;
    if (Date.now() > end)
      throw new Error(
        `apps not healthy after ${ms / 1000} s: ${ServiceNames.filter((_a, i) => !states[i]).join(', ')}`,
      );
    await sleep(1000);
  }
}
