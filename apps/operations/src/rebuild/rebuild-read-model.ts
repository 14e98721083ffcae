import { dlqTopic, retryTopic } from '@kc/contracts';
import { ensureTopics, InboxConsumer } from '@kc/messaging';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { OperationsProjection } from '../read-model/projection';
import { operationsMigrations } from '../service.definition';
import { catchUp } from './catch-up';
import { dropGroup } from './drop-group';
import { groupIsActive } from './group-progress';
import type { RebuildOptions } from './rebuild-options';
import { swapSchemas } from './swap-schemas';

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
