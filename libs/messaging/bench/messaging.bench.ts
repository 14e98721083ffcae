// npm run bench:messaging: throughput and latency of outbox → Kafka → inbox on the local broker and
// database, next to the raw kafkajs produce → consume rate on the same broker. The producing side (outbox
// writes + relay) runs in a child process, the consuming side (inbox + handler) here, as two services would.
//   BENCH_EVENTS   events in the throughput phase (default 50000)
//   BENCH_RATE     offered events/s in the latency phase (default 5000), for BENCH_SECONDS (default 10)
//   BENCH_RELAY_BATCH relay batch size (default: OUTBOX_BATCH_SIZE's default, 500)
//   BENCH_HANDLER  `memory` (default: the handler only records the latency) or `row` (it also inserts a row)
//   BENCH_IDEMPOTENT no: producers without idempotence (bench-producer.ts), for an A/B of its cost
//   INFRA_PROFILE  default or cluster (three brokers, replication 3, acks=all); addresses from profile.sh
// Each run is isolated (own topic prefix, database and consumer group), prints the machine's load first,
// and prints the CPU ms per event of the producing service, the consuming service, Kafka and PostgreSQL.
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Topics } from '@kc/contracts';
import { InboxConsumer, createKafka, ensureTopics } from '../src';
import { benchProducerConfig } from './bench-producer';
import { everyBrokerKnows } from './every-broker-knows';
import {
  applicationSubmittedDraft,
  createGroupTopics,
  createIsolatedSchema,
  formatCpuTable,
  infrastructureComponents,
  positionGroupAtEnd,
  startCpuMeter,
  startIsolatedBenchRun,
  testEnv,
  testTopic,
  type Component,
} from '@kc/testing';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const RATE = Number(process.env.BENCH_RATE ?? 5_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HANDLER = process.env.BENCH_HANDLER ?? 'memory';
const kafka = createKafka('bench', testEnv.kafkaBrokers);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function rawRate(n: number): Promise<number> {
  const topic = `${testEnv.topicPrefix}raw.${randomBytes(3).toString('hex')}`;
  await ensureTopics(kafka, [topic]);
  await everyBrokerKnows(testEnv.kafkaBrokers, [topic]);
  const producer = kafka.producer(benchProducerConfig);
  const consumer = kafka.consumer({ groupId: `${topic}.g`, maxWaitTimeInMs: 100 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const value = JSON.stringify({ ...applicationSubmittedDraft(), id: randomBytes(16).toString('hex') });
  let received = 0;
  let done = () => undefined as void;
  const finished = new Promise<void>((r) => (done = r));
  await consumer.run({
    partitionsConsumedConcurrently: 6,
    eachBatch: async ({ batch }) => {
      for (const m of batch.messages) JSON.parse(m.value!.toString());
      received += batch.messages.length;
      if (received >= n) done();
    },
  });
  const start = performance.now();
  for (let i = 0; i < n; i += 1000) {
    const messages = Array.from({ length: Math.min(1000, n - i) }, (_, j) => ({ key: String((i + j) % 997), value }));
    await producer.send({ topic, messages, acks: -1 });
  }
  await finished;
  const rate = n / ((performance.now() - start) / 1000);
  await Promise.all([consumer.disconnect(), producer.disconnect()]);
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
  return rate;
}

function ask(child: ChildProcess, command: object): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as Record<string, unknown>));
    child.send(command);
  });
}

async function pipeline() {
  const db = await createIsolatedSchema('bench');
  const { dataSource, schema } = db;
  await dataSource.query(`CREATE TABLE "${schema}".effects (event_id uuid PRIMARY KEY)`);
  const group = `bench-${randomBytes(3).toString('hex')}`;
  const topics = [testTopic(Topics.applicationsEvents)];
  const groupTopics = await createGroupTopics(kafka, group, topics);
  await everyBrokerKnows(testEnv.kafkaBrokers, [...topics, ...groupTopics.names]);
  await positionGroupAtEnd(kafka, group, topics);

  const latencies: number[] = [];
  let handled = 0;
  const consumer = new InboxConsumer({
    kafka,
    dataSource,
    schema,
    group,
    topics,
    policy: { maxAttempts: 3, baseDelayMs: 100 },
    partitionsConsumedConcurrently: 6,
    handlers: () => async (envelope, ctx) => {
      if (HANDLER === 'row')
        await ctx.manager.query(`INSERT INTO "${schema}".effects (event_id) VALUES ($1)`, [envelope.id]);
      latencies.push(Date.now() - Date.parse(envelope.occurredAt));
      handled += 1;
    },
  });
  await consumer.start();
  const child = fork(path.resolve('scripts/run-ts.js'), [path.join(__dirname, 'outbox-producer.process.ts')], {
    env: { ...process.env, BENCH_SCHEMA: schema },
  });
  await new Promise((r) => child.once('message', r));
  const components: Component[] = [
    { name: 'producing service (outbox writes + relay)', pids: [child.pid!] },
    { name: 'consuming service (inbox + handler)', pids: [process.pid], ownOnly: true },
    ...infrastructureComponents(testEnv),
  ];
  const waitFor = async (n: number) => {
    while (handled < n) await new Promise((r) => setTimeout(r, 5));
  };

  // Phase 1, throughput: a backlog of committed events, drained by the relay and the consumer.
  await ask(child, { cmd: 'fill', n: EVENTS });
  const drainMeter = startCpuMeter(components);
  const t0 = performance.now();
  await ask(child, { cmd: 'relay' });
  await waitFor(EVENTS);
  const throughput = EVENTS / ((performance.now() - t0) / 1000);
  const drainCpu = drainMeter.stop();

  // Phase 2, latency under a steady offered load: commit → handler, per event.
  latencies.length = 0;
  const base = handled;
  const offeredMeter = startCpuMeter(components);
  const t1 = performance.now();
  const { written } = (await ask(child, { cmd: 'offer', rate: RATE, seconds: SECONDS })) as { written: number };
  await waitFor(base + written);
  const achieved = written / ((performance.now() - t1) / 1000);
  const offeredCpu = offeredMeter.stop();
  latencies.sort((a, b) => a - b);

  await ask(child, { cmd: 'stop' });
  await consumer.stop();
  await groupTopics.remove();
  await db.drop();
  return {
    throughput,
    achieved,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    n: latencies.length,
    written,
    drainCpu,
    offeredCpu,
  };
}

const cpuGroups = { 'our code (both services)': ['producing', 'consuming'], 'Kafka (all brokers)': ['Kafka'] };

async function main(): Promise<void> {
  const run = await startIsolatedBenchRun('bench:messaging');
  console.log(
    `messaging benchmark (INFRA_PROFILE=${process.env.INFRA_PROFILE ?? 'default'}, ${testEnv.kafkaBrokers.length} broker(s), ${os.cpus().length} cores): ${EVENTS} events backlog; ${RATE}/s offered for ${SECONDS} s; handler=${HANDLER}; idempotent producers: ${benchProducerConfig.idempotent ? 'yes' : 'no'}`,
  );
  const raw = await rawRate(EVENTS);
  const p = await pipeline();
  console.log(
    [
      `raw kafkajs produce→consume:        ${raw.toFixed(0)} msg/s`,
      `outbox→Kafka→inbox, backlog drain:  ${p.throughput.toFixed(0)} events/s (ratio to raw ${(p.throughput / raw).toFixed(2)})`,
      `outbox→Kafka→inbox at ${RATE}/s offered: achieved ${p.achieved.toFixed(0)} events/s, latency p50 ${p.p50.toFixed(0)} ms, p99 ${p.p99.toFixed(0)} ms over ${p.n} events`,
      `backlog drain (relay + consume), ${formatCpuTable(p.drainCpu, EVENTS, 'event', cpuGroups)}`,
      `offered load (write + relay + consume), ${formatCpuTable(p.offeredCpu, p.written, 'event', cpuGroups)}`,
    ].join('\n'),
  );
  await run.cleanup();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
