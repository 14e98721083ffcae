import { randomBytes } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import { dlqTopic, Topics, type EventEnvelope } from '@kc/contracts';
import { InboxConsumer, OutboxRelay, OutboxWriter, createKafka, producerConfig, type InboxHandler } from '../src';
import {
  createGroupTopics,
  createIsolatedSchema,
  positionGroupAtEnd,
  testEnv,
  testTopic,
  collectFrom,
} from '@kc/testing';

/**
 * One test's messaging world on the real broker and database: an isolated schema with outbox, inbox and
 * an `effects` table the handler writes to, a relay, and a consumer group of its own.
 */
export async function createHarness(
  name: string,
  handler?: InboxHandler,
  policy = { maxAttempts: 2, baseDelayMs: 100 },
) {
  const kafka: Kafka = createKafka(`test-${name}`, testEnv.kafkaBrokers);
  const db = await createIsolatedSchema(name);
  const { dataSource, schema } = db;
  await dataSource.query(
    `CREATE TABLE "${schema}".effects (n bigserial PRIMARY KEY, event_id uuid NOT NULL, aggregate_id text NOT NULL, attempt int NOT NULL)`,
  );
  const group = `test-${name}-${randomBytes(3).toString('hex')}`;
  const topics = [testTopic(Topics.applicationsEvents)];
  const groupTopics = await createGroupTopics(kafka, group, topics);
  await positionGroupAtEnd(kafka, group, topics);

  const recordEffect: InboxHandler = async (envelope, ctx) => {
    await ctx.manager.query(`INSERT INTO "${schema}".effects (event_id, aggregate_id, attempt) VALUES ($1, $2, $3)`, [
      envelope.id,
      envelope.aggregateId,
      ctx.attempt,
    ]);
  };
  const consumer = new InboxConsumer({
    kafka,
    dataSource,
    schema,
    group,
    topics,
    policy,
    handlers: (type) => (type === 'ApplicationSubmitted' ? (handler ?? recordEffect) : undefined),
  });
  const producer: Producer = kafka.producer(producerConfig);
  await producer.connect();
  const writer = new OutboxWriter(schema, 'test', testEnv.topicPrefix);
  const relay = new OutboxRelay(dataSource, producer, { schema, batchSize: 500, idleDelayMs: 20 });

  return {
    kafka,
    dataSource,
    schema,
    group,
    writer,
    relay,
    consumer,
    producer,
    recordEffect,
    async effects(aggregateId?: string): Promise<{ event_id: string; aggregate_id: string; attempt: number }[]> {
      const where = aggregateId ? `WHERE aggregate_id = $1` : '';
      return dataSource.query(
        `SELECT event_id, aggregate_id, attempt FROM "${schema}".effects ${where} ORDER BY n`,
        aggregateId ? [aggregateId] : [],
      );
    },
    /** Listens on this group's dead-letter topic from now on. */
    tapDlq() {
      return collectFrom(kafka, [dlqTopic(testTopic(Topics.applicationsEvents), group)], `${group}-dlq-tap`);
    },
    async unsentCount(): Promise<number> {
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE sent_at IS NULL`);
      return n;
    },
    /** Puts a raw value on the main topic, bypassing the outbox (duplicates, poison messages). */
    async produceRaw(key: string, value: string | EventEnvelope): Promise<void> {
      const raw = typeof value === 'string' ? value : JSON.stringify(value);
      await producer.send({ topic: testTopic(Topics.applicationsEvents), messages: [{ key, value: raw }] });
    },
    async close(): Promise<void> {
      await relay.stop();
      await consumer.stop();
      await producer.disconnect();
      await groupTopics.remove();
      await db.drop();
    },
  };
}
