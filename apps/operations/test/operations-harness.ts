import { expectEventually, startServiceUnderTest, testEnv, testTopic } from '@kc/testing';
import { createAppDataSource } from '@kc/persistence';
import { serviceDefinition } from '../src/service.definition';
import type { Published } from './dossier-events';

/** The operations service on the real database and broker, with its own consumer group and a token issuer. */
export async function startOperations() {
  const sut = await startServiceUnderTest({
    definition: serviceDefinition,
    env: (group) => ({ KAFKA_RETRY_BASE_MS: '100', KAFKA_MAX_ATTEMPTS: '2', OPERATIONS_CONSUMER_GROUP: group }),
    bootstrap: async () => (await import('../src/bootstrap-operations')).bootstrapOperations,
  });
  const { base, db, kafka, group, issuer, producer } = sut;
  // The schema owner's connection, for what the service's own role may not do: DDL (a rebuild's schemas,
  // an injected fault's trigger).
  const owner = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'operations', poolSize: 1 }).initialize();

  /** Puts events on their topics as their producers would; returns the Kafka messages (to resend them). */
  const publish = async (...events: Published[]) => {
    const sent: { topic: string; message: { key: string; value: string } }[] = [];
    for (const e of events) {
      const aggregateId = String((e.payload as { applicationId?: string }).applicationId ?? 'x');
      const message = await sut.send(e.topic, e.type, aggregateId, e.payload, { producer: e.producer, actor: e.actor });
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
    app: sut.app,
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
      await sut.close();
      await owner.destroy();
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteGroups([`${group}.dlq-index`]).catch(() => undefined);
      await admin.disconnect();
    },
  };
}
export type OperationsHarness = Awaited<ReturnType<typeof startOperations>>;
