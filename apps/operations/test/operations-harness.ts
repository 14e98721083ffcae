import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Subscriptions } from '@kc/contracts';
import { createKafka, producerConfig } from '@kc/messaging';
import {
  createGroupTopics,
  envelopeMessage,
  expectEventually,
  migrateTestSchema,
  positionGroupAtEnd,
  startTestTokenIssuer,
  testEnv,
  testTopic,
} from '@kc/testing';
import { createAppDataSource } from '@kc/persistence';
import { serviceDefinition } from '../src/service.definition';
import type { Published } from './dossier-events';

/** The operations service on the real database and broker, with its own consumer group and a token issuer. */
export async function startOperations() {
  await migrateTestSchema(serviceDefinition);
  const issuer = await startTestTokenIssuer();
  Object.assign(process.env, {
    PORT: '0',
    LOG_LEVEL: process.env.DEBUG_LOG_LEVEL ?? 'fatal',
    AUTH_JWKS_URL: issuer.jwksUrl,
    KAFKA_RETRY_BASE_MS: '100',
    KAFKA_MAX_ATTEMPTS: '2',
  });
  const kafka = createKafka('operations-test', testEnv.kafkaBrokers);
  const group = `operations-test-${randomBytes(3).toString('hex')}`;
  process.env.OPERATIONS_CONSUMER_GROUP = group;
  const groupTopics = await createGroupTopics(kafka, group, Subscriptions.operations);
  await positionGroupAtEnd(kafka, group, Subscriptions.operations);
  const producer = kafka.producer(producerConfig);
  await producer.connect();
  const { bootstrapOperations } = await import('../src/bootstrap-operations');
  const app: INestApplication = await bootstrapOperations(group);
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = app.get(DataSource);
  // The schema owner's connection, for what the service's own role may not do: DDL (a rebuild's schemas,
  // an injected fault's trigger).
  const owner = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'operations', poolSize: 1 }).initialize();

  /** Puts events on their topics as their producers would; returns the Kafka messages (to resend them). */
  const publish = async (...events: Published[]) => {
    const sent: { topic: string; message: { key: string; value: string } }[] = [];
    for (const e of events) {
      const aggregateId = String((e.payload as { applicationId?: string }).applicationId ?? 'x');
      const message = envelopeMessage(e.type, aggregateId, e.payload, { producer: e.producer, actor: e.actor });
      await producer.send({ topic: testTopic(e.topic), messages: [message] });
      sent.push({ topic: testTopic(e.topic), message });
    }
    return sent;
  };

  /**
   * Waits until the service's inbox holds the event of every message sent: all of them applied, whatever
   * order the topics (consumed concurrently) were read in.
   */
  const applied = async (sent: { message: { value: string } }[]) => {
    const ids = sent.map((s) => (JSON.parse(s.message.value) as { id: string }).id);
    await expectEventually(async () => {
      const rows: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM operations.inbox WHERE consumer_group = $1 AND event_id::text = ANY($2::text[])`,
        [group, ids],
      );
      expect(rows[0].n).toBe(ids.length);
    }, 30_000);
  };

  const token = async (roles: string[], unitCode: string | null = null) =>
    (await issuer.token({ roles: roles as never, unitCode })).authorization;

  /** GET a path, or POST `body` to it, as the bearer of `authorization`. */
  const get = async (path: string, authorization?: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(authorization ? { authorization } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = res.headers.get('content-type') ?? '';
    const answer = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
    return { status: res.status, type, body: answer as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  return {
    app,
    base,
    db,
    owner,
    kafka,
    group,
    producer,
    publish,
    applied,
    token,
    get,
    async stop() {
      await app.close();
      await owner.destroy();
      await producer.disconnect();
      await groupTopics.remove();
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteGroups([`${group}.dlq-index`]).catch(() => undefined);
      await admin.disconnect();
      await issuer.close();
    },
  };
}
export type OperationsHarness = Awaited<ReturnType<typeof startOperations>>;
