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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Subscriptions } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import { createAppDataSource } from '@kc/persistence';
import {
  createGroupTopics,
  formatCpuTable,
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
import { startRunServices, submitter } from './bench-processes';
import { failoverReport, killInfrastructure, restoreInfrastructure } from './failover';
import { FirstTaskWatch } from './first-task-watch';
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
  const { applications, appraisals, components } = await startRunServices({
    suffix,
    jwksUrl: issuer.jwksUrl,
    documentsDir,
    taskQueue,
  });
  const watch = new FirstTaskWatch(db);
  const submit = submitter(applications, (id) => watch.submitted(id));
  let killedAt = 0;
  const killOneOfEach = () => {
    killedAt = performance.now();
    const killed = killInfrastructure();
    for (const s of [applications[1]!, appraisals[1]!]) s.child.kill('SIGKILL');
    console.log(`failover: killed ${[...killed, 'applications-2', 'appraisals-2'].join(', ')}`);
  };

  // Warm-up (token keys, pools, JIT, the worker's bundle), then the measured run.
  const warm = jobs.splice(0, 100);
  await pool(warm, submit);
  await watch.allVisible(warm.length, 120_000);
  watch.clear();
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
  await watch.allVisible(jobs.length, 300_000);
  const { visibleAt } = watch;
  const dossierSeconds = (Math.max(...visibleAt.values()) - started) / 1000;
  const dossierCpu = meter.stop();
  await watch.stop();
  if (FAILOVER) {
    console.log(
      await failoverReport(
        db,
        jobs.map((j) => j.id),
        visibleAt,
        started,
        killedAt,
      ),
    );
    restoreInfrastructure();
  }
  const latencies = watch.latencies();
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
