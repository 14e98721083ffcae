import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { testEnv } from '@kc/testing';
import { CONCURRENCY } from './bench-settings';

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
