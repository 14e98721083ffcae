import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { dlqTopic, retryTopic } from '@kc/contracts';
import type { WorkingDayCalendar } from '@kc/domain';
import { ensureTopics, InboxConsumer } from '@kc/messaging';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { OperationsProjection } from '../read-model/projection';
import { operationsMigrations } from '../service.definition';
import { endOffsets, groupIsActive, remaining } from './group-progress';

export interface RebuildOptions {
  kafka: Kafka;
  databaseUrl: string;
  calendar: WorkingDayCalendar;
  /** The schema the service reads (swapped for the rebuilt one at the end) and its consumer group. */
  liveSchema: string;
  liveGroup: string;
  /** The (prefixed) topics the service consumes. */
  topics: readonly string[];
  /** Swap the rebuilt schema in (the live service must be stopped); false leaves it beside the live one. */
  swap: boolean;
  log?: (message: string) => void;
  timeoutMs?: number;
}

/**
 * Replays every topic from its earliest offset into a fresh schema, with a consumer group of its own, until
 * it has read everything; then (with `swap`) renames the live schema away and the fresh one into its place,
 * and hands the rebuilt inbox to the live group, so the restarted service skips what the rebuild applied.
 * Returns the rebuilt schema's final name.
 */
export async function rebuildReadModel(o: RebuildOptions): Promise<string> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const fresh = `${o.liveSchema}_rebuild_${stamp}`;
  const group = `${o.liveGroup}-rebuild-${stamp}`;
  const log = o.log ?? (() => undefined);
  const db = createAppDataSource({
    url: o.databaseUrl,
    schema: fresh,
    migrations: operationsMigrations(fresh),
    poolSize: 8,
  });
  await migrateDataSource(db, fresh);
  const groupTopics = o.topics.flatMap((t) => [retryTopic(t, group), dlqTopic(t, group)]);
  await ensureTopics(o.kafka, groupTopics);
  const projection = new OperationsProjection(fresh, o.calendar);
  const consumer = new InboxConsumer({
    kafka: o.kafka,
    dataSource: db,
    schema: fresh,
    group,
    topics: o.topics,
    handlers: () => (envelope, ctx) => projection.apply(envelope, ctx.manager),
    policy: { maxAttempts: 3, baseDelayMs: 500 },
    acceptUnknownTypes: true,
  });
  try {
    log(`replaying ${o.topics.join(', ')} into schema ${fresh} (group ${group})`);
    await consumer.start();
    await catchUp(o, group, log);
    if (o.swap) {
      if (await groupIsActive(o.kafka, o.liveGroup))
        throw new Error(`stop the service first: group ${o.liveGroup} has live members`);
      await catchUp(o, group, log); // whatever the service read before it stopped
    }
  } finally {
    await consumer.stop();
    await dropGroup(o.kafka, group, groupTopics);
  }
  if (!o.swap) {
    await db.destroy();
    return fresh;
  }
  await swapSchemas(db, o.liveSchema, fresh, group, o.liveGroup, stamp);
  await db.destroy();
  log(`swapped: ${o.liveSchema} is the rebuilt read model; the previous one is ${o.liveSchema}_old_${stamp}`);
  return o.liveSchema;
}

async function catchUp(o: RebuildOptions, group: string, log: (m: string) => void): Promise<void> {
  const ends = await endOffsets(o.kafka, o.topics);
  const deadline = Date.now() + (o.timeoutMs ?? 30 * 60_000);
  for (;;) {
    const left = await remaining(o.kafka, group, o.topics, ends);
    if (left === 0n) return;
    if (Date.now() > deadline) throw new Error(`rebuild did not catch up in time (${left} messages left)`);
    log(`${left} messages left`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function swapSchemas(
  db: DataSource,
  live: string,
  fresh: string,
  group: string,
  liveGroup: string,
  stamp: string,
) {
  await db.transaction(async (m) => {
    await m.query(`ALTER SCHEMA "${live}" RENAME TO "${live}_old_${stamp}"`);
    await m.query(`ALTER SCHEMA "${fresh}" RENAME TO "${live}"`);
    await m.query(`UPDATE "${live}".inbox SET consumer_group = $1 WHERE consumer_group = $2`, [liveGroup, group]);
  });
}

async function dropGroup(kafka: Kafka, group: string, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteGroups([group, `${group}.retry`]).catch(() => undefined);
    await admin.deleteTopics({ topics }).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
