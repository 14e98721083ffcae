// npm run seed (and npm start): Đồng Nai's units and one demo account per role, idempotently.
import { createAppDataSource, databaseConfigSchema } from '@kc/persistence';
import { Programs } from '@kc/domain';
import { kafkaConfigSchema, OutboxWriter } from '@kc/messaging';
import { seedDemoData } from '../apps/gateway/src/seed/seed-demo-data';
import { demoAccounts } from '../apps/gateway/src/seed/demo-accounts';

async function main(): Promise<void> {
  const { DATABASE_URL } = databaseConfigSchema.parse(process.env);
  const password = process.env.DEMO_PASSWORD ?? 'KhuyenCong@2026';
  const dataSource = await createAppDataSource({ url: DATABASE_URL, schema: 'gateway', poolSize: 1 }).initialize();
  try {
    // The gateway's relay (npm start) publishes the accounts' events from its outbox.
    const outbox = new OutboxWriter('gateway', 'gateway', kafkaConfigSchema.parse(process.env).KAFKA_TOPIC_PREFIX);
    const report = await seedDemoData(dataSource, password, outbox);
    console.log(
      `  units: ${report.units} (Tỉnh Đồng Nai, Sở Công Thương, 11 huyện/thành phố 2020, xã/phường từ 1/7/2025)`,
    );
    console.log(
      `  programmes: ${Object.values(Programs)
        .map((p) => p.nameVi.split(':')[0])
        .join('; ')}`,
    );
    console.log(`  demo accounts (password ${report.accountsCreated.length ? `"${password}"` : 'unchanged'}):`);
    for (const a of demoAccounts)
      console.log(`    ${a.roles.join(',').padEnd(22)} ${a.email.padEnd(28)} ${a.fullName}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
