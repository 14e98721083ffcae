import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { infrastructureComponents, testEnv, type Component } from '@kc/testing';
import { CONCURRENCY, FAILOVER, REPLICAS } from './bench-settings';

/** One service under test in its own process, on the test database, topics and namespace; resolves with its URL. */
export function startService(
  file: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; base: string }> {
  const profile = process.env.BENCH_PROFILE_DIR;
  const child = fork(path.resolve('scripts/run-ts.js'), [file], {
    execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATABASE_URL: testEnv.databaseUrl,
      KAFKA_TOPIC_PREFIX: testEnv.topicPrefix,
      TEMPORAL_NAMESPACE: testEnv.temporalNamespace,
      ...env,
    },
  });
  return new Promise((resolve) =>
    child.once('message', (m) => resolve({ child, base: (m as { url: string }).url.replace('[::1]', '127.0.0.1') })),
  );
}

type Service = Awaited<ReturnType<typeof startService>>;

/**
 * The run's services, REPLICAS of each (one consumer group and one task queue per service), and every
 * component whose CPU the run measures: each replica, the driver itself, the infrastructure.
 */
export async function startRunServices(run: {
  suffix: string;
  jwksUrl: string;
  documentsDir: string;
  taskQueue: string;
}): Promise<{ applications: Service[]; appraisals: Service[]; components: Component[] }> {
  const replicas = (start: () => Promise<Service>) => Promise.all(Array.from({ length: REPLICAS }, start));
  const applications = await replicas(() =>
    startService('apps/applications/bench/service.process.ts', {
      BENCH_GROUP: `bench-wf-apps-${run.suffix}`,
      AUTH_JWKS_URL: run.jwksUrl,
      DOCUMENTS_DIR: run.documentsDir,
    }),
  );
  const appraisals = await replicas(() =>
    startService('apps/appraisals/bench/service.process.ts', {
      BENCH_GROUP: `bench-wf-appr-${run.suffix}`,
      AUTH_JWKS_URL: run.jwksUrl,
      APPROVALS_TASK_QUEUE: run.taskQueue,
    }),
  );
  const named = (name: string, services: Service[]): Component[] =>
    services.map((s, i) => ({ name: REPLICAS > 1 ? `${name}-${i + 1}` : name, pids: [s.child.pid!] }));
  const components: Component[] = [
    ...named('app applications', applications),
    ...named('app appraisals', appraisals),
    { name: 'bench driver (client, poller)', pids: [process.pid], ownOnly: true },
    ...infrastructureComponents(testEnv),
  ];
  return { applications, appraisals, components };
}

// node:http with keep-alive rather than fetch: the same request, at a fraction of the client's CPU, which
// the benchmark counts with our code.
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
export function post(url: string, authorization: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { authorization, 'content-length': 0 } },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    request.once('error', reject);
    request.end();
  });
}

/**
 * Submits a dossier as the gateway would: a replica it cannot reach is left out, the request goes to the
 * next one (in failover mode). A retried submit that had reached the dead replica answers 409 (already
 * submitted). `onFirstAttempt` is told before the first request.
 */
export function submitter(applications: { base: string }[], onFirstAttempt: (id: string) => void) {
  const dead = new Set<string>();
  let turn = 0;
  return async (job: { id: string; authorization: string }): Promise<void> => {
    onFirstAttempt(job.id);
    for (let attempt = 0; ; attempt++) {
      const alive = applications.filter((a) => !dead.has(a.base));
      const base = alive[turn++ % alive.length]!.base;
      try {
        const status = await post(`${base}/applications/${job.id}/submit`, job.authorization);
        if (status === 201 || (attempt > 0 && status === 409)) return;
        throw new Error(`submit answered ${status}`);
      } catch (error) {
        if (!FAILOVER || attempt >= 5) throw error;
        if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') dead.add(base);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
}
