// npm run bench:messaging: throughput and latency of outbox → Kafka → inbox on the local broker and
// database, next to the raw kafkajs produce → consume rate on the same broker.
//   BENCH_EVENTS   events in the throughput phase (default 50000)
//   BENCH_RATE     offered events/s in the latency phase (default 5000), for BENCH_SECONDS (default 10)
import { randomBytes, randomUUID } from 'node:crypto';
import { Topics } from '@kc/contracts';
import { InboxConsumer, OutboxRelay, OutboxWriter, createKafka, ensureTopics, producerConfig, type EventDraft } from '../src';
import { applicationSubmittedDraft, createGroupTopics, createIsolatedSchema, positionGroupAtEnd, testEnv } from '@kc/testing';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const RATE = Number(process.env.BENCH_RATE ?? 5_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const kafka = createKafka('bench', testEnv.kafkaBrokers);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function rawRate(n: number): Promise<number> {
  const topic = `kc.bench.raw.${randomBytes(3).toString('hex')}`;
  await ensureTopics(kafka, [topic]);
  const producer = kafka.producer(producerConfig);
  const consumer = kafka.consumer({ groupId: `${topic}.g`, maxWaitTimeInMs: 100 });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const value = JSON.stringify({ ...applicationSubmittedDraft(), id: randomUUID() });
  let received = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((r) => (done = r));
  await consumer.run({
    partitionsConsumedConcurrently: 3,
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
  await consumer.disconnect();
  await producer.disconnect();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
  return rate;
}

async function pipeline() {
  const db = await createIsolatedSchema('bench');
  const { dataSource, schema } = db;
  await dataSource.query(`CREATE TABLE "${schema}".effects (event_id uuid PRIMARY KEY, latency_ms double precision NOT NULL)`);
  const group = `bench-${randomBytes(3).toString('hex')}`;
  const topics = [Topics.applicationsEvents];
  const groupTopics = await createGroupTopics(kafka, group, topics);
  await positionGroupAtEnd(kafka, group, topics);
  const writer = new OutboxWriter(schema, 'bench');
  const producer = kafka.producer(producerConfig);
  const relay = new OutboxRelay(dataSource, producer, { schema, batchSize: 2000, idleDelayMs: 5 });
  let handled = 0;
  const consumer = new InboxConsumer({
    kafka,
    dataSource,
    schema,
    group,
    topics,
    policy: { maxAttempts: 3, baseDelayMs: 100 },
    partitionsConsumedConcurrently: Number(process.env.BENCH_CONCURRENCY ?? 6),
    handlers: () => async (envelope, ctx) => {
      await ctx.manager.query(`INSERT INTO "${schema}".effects (event_id, latency_ms) VALUES ($1, $2)`, [
        envelope.id,
        Date.now() - Date.parse(envelope.occurredAt),
      ]);
      handled += 1;
    },
  });
  await consumer.start();
  const waitFor = async (n: number) => {
    while (handled < n) await new Promise((r) => setTimeout(r, 5));
  };
  const drafts = (n: number): EventDraft[] => Array.from({ length: n }, () => applicationSubmittedDraft());

  // Phase 1, throughput: a backlog of EVENTS committed events, drained by one relay and one consumer.
  for (let i = 0; i < EVENTS; i += 500) await dataSource.transaction((m) => writer.publish(m, drafts(Math.min(500, EVENTS - i))));
  const t0 = performance.now();
  relay.start();
  await waitFor(EVENTS);
  const throughput = EVENTS / ((performance.now() - t0) / 1000);

  // Phase 2, latency under an offered load of RATE events/s: commit → handler effect, per event.
  await dataSource.query(`TRUNCATE "${schema}".effects`);
  const tick = 20;
  const perTick = Math.round((RATE * tick) / 1000);
  const ticks = Math.round((SECONDS * 1000) / tick);
  const base = handled;
  const t1 = performance.now();
  for (let i = 0; i < ticks; i++) {
    const due = t1 + i * tick;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await dataSource.transaction((m) => writer.publish(m, drafts(perTick)));
  }
  await waitFor(base + perTick * ticks);
  const achieved = (perTick * ticks) / ((performance.now() - t1) / 1000);
  const latencies = (await dataSource.query(`SELECT latency_ms FROM "${schema}".effects ORDER BY latency_ms`)).map(
    (r: { latency_ms: number }) => r.latency_ms,
  );
  await relay.stop();
  await consumer.stop();
  await producer.disconnect();
  await groupTopics.remove();
  await db.drop();
  return { throughput, achieved, p50: percentile(latencies, 50), p99: percentile(latencies, 99), n: latencies.length };
}

async function main(): Promise<void> {
  console.log(`messaging benchmark: ${EVENTS} events backlog; ${RATE}/s offered for ${SECONDS} s (2 cores, one broker)`);
  const raw = await rawRate(EVENTS);
  const p = await pipeline();
  const lines = [
    `raw kafkajs produce→consume:        ${raw.toFixed(0)} msg/s`,
    `outbox→Kafka→inbox, backlog drain:  ${p.throughput.toFixed(0)} events/s (ratio to raw ${(p.throughput / raw).toFixed(2)})`,
    `outbox→Kafka→inbox at ${RATE}/s offered: achieved ${p.achieved.toFixed(0)} events/s, latency p50 ${p.p50.toFixed(0)} ms, p99 ${p.p99.toFixed(0)} ms over ${p.n} events`,
  ];
  console.log(lines.join('\n'));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
