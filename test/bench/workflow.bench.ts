// npm run bench:workflow: applicants submit dossiers concurrently over HTTP; each dossier travels
// applications outbox → Kafka → appraisals → Temporal (supportRequestWorkflow) → step activity → its
// first task row in the officers' inbox. Measures submit → first task visible (throughput, p50/p99), then
// on the same Temporal server the bare rate of a workflow that runs one activity, and the ratio.
// Both services run in their own processes on the test database, `test.` topics and namespace.
//   BENCH_DOSSIERS     dossiers submitted (default 1500)
//   BENCH_CONCURRENCY  submits in flight (default 16)
//   BENCH_RATE         when set, submits are paced at this many per second (latency at a load the
//                      system sustains, instead of the backlog of an open tap)
//   BENCH_BARE=no      skip the bare one-activity yardstick (quicker A/B runs of our own code)
//   BENCH_IDLE_SECONDS after the warm-up, measure every component this long with nothing submitted: the
//                      CPU the services spend on polling alone (default 0: not measured)
//   BENCH_PROFILE_DIR  when set, both services write V8 CPU profiles there (open in Chrome DevTools)
//   INFRA_PROFILE      default or cluster (infra/local/profile.sh gives the addresses); APP_REPLICAS
//                      replicas of each service (the cluster profile: 2) share one consumer group and
//                      one task queue, and the submits go round-robin over the applications replicas.
//   BENCH_FAILOVER=yes (cluster profile, APP_REPLICAS ≥ 2): half way in (BENCH_FAILOVER_AT), kill one broker, one
//                      history process and one replica of each app; check that no dossier is lost or
//                      duplicated, print the dip and the recovery time, restart the killed servers (failover.ts)
// Each run is isolated (its own topic prefix, database and consumer groups: startIsolatedBenchRun), prints
// the machine's load first, and prints the CPU ms per dossier of every component, read from /proc.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Subscriptions } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import { createAppDataSource } from '@kc/persistence';
import {
  createGroupTopics,
  formatCpuTable,
  infrastructureComponents,
  migrateTestSchema,
  positionGroupAtEnd,
  startCpuMeter,
  startIsolatedBenchRun,
  startTestTokenIssuer,
  testEnv,
  type Component,
} from '@kc/testing';
import { insertCompleteDrafts } from '../../apps/applications/bench/complete-drafts';
import { serviceDefinition as applicationsDefinition } from '../../apps/applications/src/service.definition';
import { serviceDefinition as appraisalsDefinition } from '../../apps/appraisals/src/service.definition';
import { bareYardstick } from './bare-yardstick';
import { CONCURRENCY, cpuGroups, DOSSIERS, FAILOVER, IDLE_SECONDS, pct, pool, RATE, REPLICAS } from './bench-settings';
import { post, startService } from './bench-processes';
import { dipAndRecovery, killInfrastructure, restoreInfrastructure } from './failover';
import { terminateRunWorkflows } from './terminate-run-workflows';

async function main(): Promise<void> {
  const run = await startIsolatedBenchRun('bench:workflow');
  await migrateTestSchema(applicationsDefinition);
  await migrateTestSchema(appraisalsDefinition);
  const db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'appraisals', poolSize: 4 }).initialize();
  const issuer = await startTestTokenIssuer();
  const kafka = createKafka('bench-workflow', testEnv.kafkaBrokers);
  const suffix = run.id;
  const groups = {
    applications: await createGroupTopics(kafka, `bench-wf-apps-${suffix}`, Subscriptions.applications),
    appraisals: await createGroupTopics(kafka, `bench-wf-appr-${suffix}`, Subscriptions.appraisals),
  };
  await positionGroupAtEnd(kafka, `bench-wf-apps-${suffix}`, Subscriptions.applications);
  await positionGroupAtEnd(kafka, `bench-wf-appr-${suffix}`, Subscriptions.appraisals);

  const applicants = await Promise.all(Array.from({ length: 50 }, (_, i) => issuer.token({ name: `Người nộp ${i}` })));
  const ids = await insertCompleteDrafts(
    db,
    applicants.map((a) => a.user.id),
    DOSSIERS + 100,
  );
  const jobs = ids.map((id, i) => ({ id, authorization: applicants[i % applicants.length]!.authorization }));
  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-'));
  const taskQueue = `approvals-bench-${suffix}`;
  const replicas = (start: () => ReturnType<typeof startService>) =>
    Promise.all(Array.from({ length: REPLICAS }, start));
  const applications = await replicas(() =>
    startService('apps/applications/bench/service.process.ts', {
      BENCH_GROUP: `bench-wf-apps-${suffix}`,
      AUTH_JWKS_URL: issuer.jwksUrl,
      DOCUMENTS_DIR: documentsDir,
    }),
  );
  const appraisals = await replicas(() =>
    startService('apps/appraisals/bench/service.process.ts', {
      BENCH_GROUP: `bench-wf-appr-${suffix}`,
      AUTH_JWKS_URL: issuer.jwksUrl,
      APPROVALS_TASK_QUEUE: taskQueue,
    }),
  );
  const named = (name: string, services: { child: ChildProcess }[]): Component[] =>
    services.map((s, i) => ({ name: REPLICAS > 1 ? `${name}-${i + 1}` : name, pids: [s.child.pid!] }));
  const components: Component[] = [
    ...named('app applications', applications),
    ...named('app appraisals', appraisals),
    { name: 'bench driver (client, poller)', pids: [process.pid], ownOnly: true },
    ...infrastructureComponents(testEnv),
  ];
  let turn = 0;

  // A dossier's first task is visible when its row is in the inbox table; one poller watches them all,
  // every 50 ms: ample for latencies of seconds, and a fifth of the reads (and driver CPU) of every 10 ms.
  const submittedAt = new Map<string, number>();
  const visibleAt = new Map<string, number>();
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const waiting = [...submittedAt.keys()].filter((id) => !visibleAt.has(id));
      if (waiting.length > 0) {
        const rows = (await db.query(
          `SELECT DISTINCT application_id FROM appraisals.tasks WHERE application_id = ANY($1::uuid[])`,
          [waiting],
        )) as { application_id: string }[];
        const now = performance.now();
        for (const r of rows) visibleAt.set(r.application_id, now);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  // The client does what the gateway does: a replica it cannot reach is left out, the request goes to
  // the next one. A retried submit that had reached the dead replica answers 409 (already submitted).
  const dead = new Set<string>();
  const submit = async (job: { id: string; authorization: string }) => {
    if (!submittedAt.has(job.id)) submittedAt.set(job.id, performance.now());
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
  let killedAt = 0;
  const killOneOfEach = () => {
    killedAt = performance.now();
    const killed = killInfrastructure();
    for (const s of [applications[1]!, appraisals[1]!]) s.child.kill('SIGKILL');
    console.log(`failover: killed ${[...killed, 'applications-2', 'appraisals-2'].join(', ')}`);
  };
  const allVisible = async (count: number, limitMs: number) => {
    const until = performance.now() + limitMs;
    while (visibleAt.size < count && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  };

  // Warm-up (token keys, pools, JIT, the worker's bundle), then the measured run.
  const warm = jobs.splice(0, 100);
  await pool(warm, submit);
  await allVisible(warm.length, 120_000);
  submittedAt.clear();
  visibleAt.clear();
  const idle = IDLE_SECONDS > 0 ? await measureIdle(components, IDLE_SECONDS) : undefined;
  const meter = startCpuMeter(components);
  const started = performance.now();
  if (RATE) {
    // Paced: job i goes out at started + i / RATE seconds, whatever the answers' speed.
    const perSecond = RATE; // an imported binding is not narrowed inside the callback below
    await Promise.all(
      jobs.map(async (job, i) => {
        await new Promise((r) => setTimeout(r, (i * 1000) / perSecond));
        await submit(job);
      }),
    );
  } else if (FAILOVER) {
    // late enough that dossiers flow steadily (a dossier takes tens of seconds on the loaded machine)
    const third = Math.floor(jobs.length * Number(process.env.BENCH_FAILOVER_AT ?? 0.5));
    await pool(jobs.slice(0, third), submit);
    killOneOfEach();
    await pool(jobs.slice(third), submit);
  } else {
    await pool(jobs, submit);
  }
  await allVisible(jobs.length, 300_000);
  const dossierSeconds = (Math.max(...visibleAt.values()) - started) / 1000;
  const dossierCpu = meter.stop();
  polling = false;
  await poller;
  if (FAILOVER) {
    const counts = (await db.query(
      `SELECT application_id, count(*)::int AS n FROM appraisals.tasks WHERE application_id = ANY($1::uuid[]) GROUP BY 1`,
      [jobs.map((j) => j.id)],
    )) as { n: number }[];
    const perDossier = new Map<number, number>();
    for (const { n } of counts) perDossier.set(n, (perDossier.get(n) ?? 0) + 1);
    console.log(
      [
        `failover: dossiers with their first task ${visibleAt.size}/${jobs.length} (lost: ${jobs.length - visibleAt.size}); tasks per dossier → dossiers: ${[...perDossier].map(([n, d]) => `${n} → ${d}`).join(', ')} (the same count for every dossier: nothing duplicated)`,
        dipAndRecovery([...visibleAt.values()], started, killedAt),
      ].join('\n'),
    );
    restoreInfrastructure();
  }
  const latencies = [...visibleAt].map(([id, t]) => t - submittedAt.get(id)!).sort((a, b) => a - b);
  const dossierRate = visibleAt.size / dossierSeconds;

  const bare = process.env.BENCH_BARE === 'no' ? undefined : await bareYardstick(suffix);

  console.log(
    [
      `workflow benchmark (INFRA_PROFILE=${process.env.INFRA_PROFILE ?? 'default'}): ${jobs.length} dossiers, ${RATE ? `paced at ${RATE}/s` : `${CONCURRENCY} submits in flight`}; ${REPLICAS} replica(s) each of applications and appraisals in their own processes (${os.cpus().length} cores shared with Postgres, Kafka and Temporal)`,
      `dossiers reaching their first inbox task: ${visibleAt.size}/${jobs.length}, ${dossierRate.toFixed(1)}/s`,
      `submit → first task visible, ms: p50 ${pct(latencies, 50).toFixed(0)}, p99 ${pct(latencies, 99).toFixed(0)}, max ${latencies.at(-1)!.toFixed(0)}`,
      ...(bare
        ? [
            `bare Temporal (start a workflow that runs one activity, ${CONCURRENCY} in flight): ${bare.rate.toFixed(1)}/s, p50 ${pct(bare.latencies, 50).toFixed(0)} ms, p99 ${pct(bare.latencies, 99).toFixed(0)} ms`,
            `ratio dossiers / bare: ${(dossierRate / bare.rate).toFixed(2)}`,
          ]
        : []),
      ...(idle ? [idle] : []),
      FAILOVER
        ? 'CPU per dossier: not given in failover mode (the killed processes take their CPU time with them)'
        : formatCpuTable(dossierCpu, visibleAt.size, 'dossier', cpuGroups),
      ...(bare
        ? [`bare workflows, infrastructure only: ${formatCpuTable(bare.cpu, DOSSIERS, 'workflow', cpuGroups)}`]
        : []),
    ].join('\n'),
  );
  for (const s of [...applications, ...appraisals]) {
    if (s.child.exitCode !== null || s.child.signalCode !== null) continue;
    s.child.kill('SIGTERM');
    await new Promise((r) => s.child.once('exit', r));
  }
  // The run's figures are printed: a failed termination (Temporal still recovering after a failover) must
  // not leave its topics, groups and database behind as well.
  await terminateRunWorkflows(taskQueue).catch((error: unknown) =>
    console.warn(`bench:workflow: the run's workflows were not terminated: ${String(error)}`),
  );
  await groups.applications.remove();
  await groups.appraisals.remove();
  await issuer.close();
  await db.destroy();
  fs.rmSync(documentsDir, { recursive: true, force: true });
  await run.cleanup();
}

/** CPU per second of every component while nothing is submitted (pollers, heartbeats, timers). */
async function measureIdle(components: Component[], seconds: number): Promise<string> {
  const meter = startCpuMeter(components);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  return `idle, nothing submitted: ${formatCpuTable(meter.stop(), seconds, 'second', cpuGroups)}`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
