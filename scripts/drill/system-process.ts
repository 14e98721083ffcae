// One whole system (five services and the gateway) in this process, on the addresses in the environment
// (DATABASE_URL, TEMPORAL_ADDRESS, KAFKA_TOPIC_PREFIX, ...). The restore drill starts it twice, as a child:
// once on the original data, once on the restored copy. Prints "READY <gateway url>", stops on SIGTERM.
import type { INestApplication } from '@nestjs/common';
import { dlqTopic, retryTopic, Subscriptions } from '@kc/contracts';
import { allTopics } from '@kc/contracts';
import { createKafka, ensureTopics, prefixedTopic } from '@kc/messaging';

const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
const groupPrefix = process.env.DRILL_GROUP_PREFIX ?? 'drill';
const gatewayPort = process.env.DRILL_GATEWAY_PORT ?? '0';

async function main(): Promise<void> {
  // Every topic of the catalogue under this run's prefix, and each consumer group's retry and DLQ topics.
  const kafka = createKafka('drill-setup', (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','));
  const groups = {
    applications: `${groupPrefix}-applications`,
    appraisals: `${groupPrefix}-appraisals`,
    notifications: `${groupPrefix}-notifications`,
    operations: `${groupPrefix}-operations`,
  } as const;
  const groupTopics = Object.entries(groups).flatMap(([name, group]) =>
    Subscriptions[name as keyof typeof groups]
      .map((t) => prefixedTopic(t, prefix))
      .flatMap((t) => [retryTopic(t, group), dlqTopic(t, group)]),
  );
  await ensureTopics(kafka, [...allTopics().map((t) => prefixedTopic(t, prefix)), ...groupTopics]);

  process.env.PORT = '0';
  const apps: INestApplication[] = [];
  const urls: Record<string, string> = {};
  const start = async (name: string, app: INestApplication) => {
    apps.push(app);
    urls[name] = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  };
  const { bootstrapApplications } = await import('../../apps/applications/src/bootstrap-applications');
  await start('applications', await bootstrapApplications(groups.applications));
  const { bootstrapAppraisals } = await import('../../apps/appraisals/src/bootstrap-appraisals');
  await start('appraisals', await bootstrapAppraisals(groups.appraisals));
  const { bootstrapOcop } = await import('../../apps/ocop/src/bootstrap-ocop');
  await start('ocop', await bootstrapOcop());
  const { bootstrapNotifications } = await import('../../apps/notifications/src/bootstrap-notifications');
  await start('notifications', await bootstrapNotifications(groups.notifications));
  const { bootstrapOperations } = await import('../../apps/operations/src/bootstrap-operations');
  await start('operations', await bootstrapOperations(groups.operations));
  Object.assign(process.env, {
    PORT: gatewayPort,
    APPLICATIONS_URL: urls.applications,
    APPRAISALS_URL: urls.appraisals,
    OCOP_URL: urls.ocop,
    NOTIFICATIONS_URL: urls.notifications,
    OPERATIONS_URL: urls.operations,
  });
  const { bootstrapGateway } = await import('../../apps/gateway/src/bootstrap-gateway');
  const gateway = await bootstrapGateway();
  apps.push(gateway);
  console.log(`READY ${(await gateway.getUrl()).replace('[::1]', '127.0.0.1')}`);

  process.once('SIGTERM', () => {
    void (async () => {
      for (const app of apps.reverse()) await app.close().catch(() => undefined);
      process.exit(0);
    })();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
