import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Subscriptions, type ConsumerGroup, type EventActor } from '@kc/contracts';
import { createKafka, producerConfig } from '@kc/messaging';
import { envelopeMessage } from './envelope-message';
import { createGroupTopics } from './group-topics';
import { collectFrom } from './collect-from';
import { positionGroupAtEnd } from './kafka-helpers';
import { migrateTestSchema } from './migrate-test-schema';
import { testEnv, testTopic } from './test-env';
import { startTestTokenIssuer } from './test-token-issuer';

export interface ServiceUnderTestOptions {
  definition: { service: string; schema: string; migrations: unknown };
  /** Names the run's consumer group `<service>-<label>-<hex>` (one group per run: offsets of its own). */
  label?: string;
  /** The service's own settings; read when its config is first imported, so set before `bootstrap` loads. */
  env?: (group: string) => Record<string, string>;
  /** Loads the service's bootstrap (a dynamic import: its config module reads process.env when loaded). */
  bootstrap: () => Promise<(consumerGroup: string) => Promise<INestApplication>>;
  /** Topics whose messages from now on the test reads in `tap.received`. */
  tap?: readonly string[];
}

/**
 * One service on the real database and broker, as every service's integration tests start it: its schema
 * migrated, a token issuer its guard trusts, a consumer group of its own (retry and DLQ topics made, offsets
 * at the topics' ends so it reads only this run's events), a tap on what it publishes, a producer to play
 * the other services, listening on a port the system picked.
 */
export async function startServiceUnderTest(options: ServiceUnderTestOptions) {
  const { service } = options.definition;
  const subscriptions = Subscriptions[service as ConsumerGroup] ?? [];
  await migrateTestSchema(options.definition);
  const issuer = await startTestTokenIssuer();
  const kafka = createKafka(`${service}-test`, testEnv.kafkaBrokers);
  const group = `${service}-${options.label ?? 'test'}-${randomBytes(3).toString('hex')}`;
  Object.assign(process.env, {
    PORT: '0',
    LOG_LEVEL: process.env.DEBUG_LOG_LEVEL ?? 'fatal',
    AUTH_JWKS_URL: issuer.jwksUrl,
    ...options.env?.(group),
  });
  const groupTopics = await createGroupTopics(kafka, group, subscriptions);
  await positionGroupAtEnd(kafka, group, subscriptions);
  const tap: Awaited<ReturnType<typeof collectFrom>> = options.tap?.length
    ? await collectFrom(kafka, options.tap, `${group}-tap`)
    : { received: [], stop: async () => undefined };
  const producer = kafka.producer(producerConfig);
  await producer.connect();
  const app = await (await options.bootstrap())(group);
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  /** Puts an event on its topic as its producer would (the envelope and the Kafka message are returned). */
  const send = async (
    topic: string,
    type: string,
    aggregateId: string,
    payload: object,
    from: { producer: string; actor: EventActor },
  ) => {
    const message = envelopeMessage(type, aggregateId, payload, from);
    await producer.send({ topic: testTopic(topic), messages: [message] });
    return message;
  };

  return {
    app,
    base,
    db: app.get(DataSource),
    kafka,
    group,
    issuer,
    producer,
    tap,
    send,
    async close() {
      await app.close();
      await tap.stop();
      await producer.disconnect();
      await groupTopics.remove();
      await issuer.close();
    },
  };
}

export type ServiceUnderTest = Awaited<ReturnType<typeof startServiceUnderTest>>;
