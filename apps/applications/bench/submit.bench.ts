// npm run bench:submit: concurrent applicants submitting complete dossiers over HTTP to the applications
// service (a separate process, on the test database and the local broker, relay included).
//   BENCH_SUBMITS      how many dossiers are submitted (default 3000)
//   BENCH_CONCURRENCY  requests in flight (default 16; throughput saturates near there, more only queues)
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Subscriptions } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import { createAppDataSource } from '@kc/persistence';
import { createGroupTopics, migrateTestSchema, startTestTokenIssuer, testEnv } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';
import { insertCompleteDrafts } from './complete-drafts';

const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  await migrateTestSchema(serviceDefinition);
  const db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'applications', poolSize: 4 }).initialize();
  const issuer = await startTestTokenIssuer();
  const kafka = createKafka('bench-submit', testEnv.kafkaBrokers);
  const group = `bench-submit-${randomBytes(3).toString('hex')}`;
  const groupTopics = await createGroupTopics(kafka, group, Subscriptions.applications);

  // Complete drafts, written directly: the benchmark measures submission, not form filling.
  const applicants = await Promise.all(Array.from({ length: 50 }, (_, i) => issuer.token({ name: `Người nộp ${i}` })));
  const ids = await insertCompleteDrafts(
    db,
    applicants.map((a) => a.user.id),
    SUBMITS,
  );
  const jobs = ids.map((id, i) => ({ id, authorization: applicants[i % applicants.length]!.authorization }));

  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-'));
  const child = fork(path.resolve('scripts/run-ts.js'), [path.join(__dirname, 'service.process.ts')], {
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'warn',
      BENCH_GROUP: group,
      AUTH_JWKS_URL: issuer.jwksUrl,
      DOCUMENTS_DIR: documentsDir,
      DATABASE_URL: testEnv.databaseUrl,
      KAFKA_TOPIC_PREFIX: testEnv.topicPrefix,
    },
  });
  const { url } = await new Promise<{ url: string }>((resolve) =>
    child.once('message', (m) => resolve(m as { url: string })),
  );
  const base = url.replace('[::1]', '127.0.0.1');

  // Warm-up: token key fetch, connection pool, JIT.
  const warm = jobs.splice(0, Math.min(100, Math.floor(jobs.length / 10)));
  await Promise.all(
    warm.map((j) =>
      fetch(`${base}/applications/${j.id}/submit`, { method: 'POST', headers: { authorization: j.authorization } }),
    ),
  );

  const latencies: number[] = [];
  const failures = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t = performance.now();
        const res = await fetch(`${base}/applications/${job.id}/submit`, {
          method: 'POST',
          headers: { authorization: job.authorization, 'idempotency-key': randomUUID() },
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (res.status !== 201) failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const [{ unsent }] = await db.query(`SELECT count(*)::int AS unsent FROM applications.outbox WHERE sent_at IS NULL`);
  console.log(
    [
      `submit benchmark: ${jobs.length} complete dossiers, ${CONCURRENCY} in flight, service in its own process (2 cores shared with Postgres and Kafka)`,
      `submits/s: ${(jobs.length / seconds).toFixed(0)}`,
      `latency ms: p50 ${pct(latencies, 50).toFixed(1)}, p95 ${pct(latencies, 95).toFixed(1)}, p99 ${pct(latencies, 99).toFixed(1)}`,
      `non-201 answers: ${failures.size ? [...failures].map(([s, n]) => `${n}× ${s}`).join(', ') : 'none'}; outbox rows not yet relayed at the end: ${unsent}`,
    ].join('\n'),
  );
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await groupTopics.remove();
  await issuer.close();
  await db.destroy();
  fs.rmSync(documentsDir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
