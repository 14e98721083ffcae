// One whole system (every service of the registry and the gateway) in this process, on the addresses in the
// environment (DATABASE_URL, TEMPORAL_ADDRESS, KAFKA_TOPIC_PREFIX, ...). The restore drill starts it twice,
// as a child: once on the original data, once on the restored copy. Every app listens on a port the system
// picks; prints "READY <gateway url>", stops on SIGTERM.
import { allTopics, dlqTopic, retryTopic, Subscriptions } from '@kc/contracts';
import { createKafka, ensureTopics, prefixedTopic } from '@kc/messaging';
import { consumingServices, groupOf, startServicesInProcess } from '../../test/system/services-in-process';

const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
const groupPrefix = process.env.DRILL_GROUP_PREFIX ?? 'drill';

async function main(): Promise<void> {
  // Every topic of the catalogue under this run's prefix, and each consumer group's retry and DLQ topics.
  const kafka = createKafka('drill-setup', (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','));
  const groupTopics = consumingServices.flatMap((name) =>
    Subscriptions[name]
      .map((t) => prefixedTopic(t, prefix))
      .flatMap((t) => [retryTopic(t, groupOf(groupPrefix, name)), dlqTopic(t, groupOf(groupPrefix, name))]),
  );
  await ensureTopics(kafka, [...allTopics().map((t) => prefixedTopic(t, prefix)), ...groupTopics]);

  const system = await startServicesInProcess(groupPrefix);
  console.log(`READY ${system.base}`);
  process.once('SIGTERM', () => {
    void system.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
