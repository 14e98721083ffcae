// npm run seed (and npm start): Đồng Nai's units, one demo account per role and a demo OCOP product whose
// provincial council (the demo council members) can score it, idempotently.
import { Connection, WorkflowClient } from '@temporalio/client';
import { TaskQueues } from '@kc/contracts';
import { createAppDataSource, databaseConfigSchema } from '@kc/persistence';
import { temporalConfigSchema } from '@kc/temporal';
import { Programs } from '@kc/domain';
import { kafkaConfigSchema, OutboxWriter } from '@kc/messaging';
import { seedDemoData } from '../apps/gateway/src/seed/seed-demo-data';
import { demoAccounts } from '../apps/gateway/src/seed/demo-accounts';
import { demoBudgetVnd, seedDemoBudgets } from '../apps/appraisals/src/seed/seed-demo-budgets';
import { seedDemoOcop } from '../apps/ocop/src/seed/seed-demo-ocop';
import { seedDemoRural } from '../apps/appraisals/src/seed/seed-demo-rural';

/** The demo OCOP round needs the gateway's account ids: the script passes them, no app reads another's tables. */
async function seedOcop(databaseUrl: string, accounts: { id: string; email: string; full_name: string }[]) {
  const temporal = temporalConfigSchema.parse(process.env);
  const connection = await Connection.connect({ address: temporal.TEMPORAL_ADDRESS });
  const dataSource = await createAppDataSource({ url: databaseUrl, schema: 'ocop', poolSize: 1 }).initialize();
  try {
    const members = accounts.filter((a) => a.email.startsWith('hoi.dong'));
    const report = await seedDemoOcop(
      dataSource,
      new WorkflowClient({ connection, namespace: temporal.TEMPORAL_NAMESPACE }),
      {
        applicantId: accounts.find((a) => a.email === 'chu.co.so@khuyencong.test')?.id ?? null,
        members: members.map((a) => ({ userId: a.id, name: a.full_name })),
        taskQueue: process.env.OCOP_TASK_QUEUE ?? TaskQueues.ocop,
        topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? '',
      },
    );
    console.log(
      `  OCOP: "Bánh tráng phơi sương Xuân Lộc" (evaluation ${report.evaluationId}), provincial council of ${members.length}` +
        (report.started ? ' seated' : ' already under way'),
    );
  } finally {
    await dataSource.destroy();
    await connection.close();
  }
}

/** Demo new-rural candidates (criteria 4 and 7), each with its running appraisal workflow. */
async function seedRural(databaseUrl: string) {
  const temporal = temporalConfigSchema.parse(process.env);
  const connection = await Connection.connect({ address: temporal.TEMPORAL_ADDRESS });
  const dataSource = await createAppDataSource({ url: databaseUrl, schema: 'appraisals', poolSize: 1 }).initialize();
  try {
    const created = await seedDemoRural(
      dataSource,
      new WorkflowClient({ connection, namespace: temporal.TEMPORAL_NAMESPACE }),
      {
        taskQueue: process.env.APPROVALS_TASK_QUEUE ?? TaskQueues.approvals,
        topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? '',
      },
    );
    console.log(`  new-rural criteria 4 and 7: ${created.length ? created.join('; ') : 'demo candidates unchanged'}`);
  } finally {
    await dataSource.destroy();
    await connection.close();
  }
}

async function main(): Promise<void> {
  // Demo accounts with a known password have no place in production (the services refuse to start with them).
  if (process.env.NODE_ENV === 'production') {
    console.error('npm run seed loads demo data: refused with NODE_ENV=production.');
    process.exit(1);
  }
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
    const budgets = await seedDemoBudgets(dataSource);
    console.log(
      `  programme budgets: ${budgets.length ? `${budgets.length} set to ${demoBudgetVnd.toLocaleString('vi-VN')} đồng` : 'unchanged'}`,
    );
    const accounts = await dataSource.query(
      `SELECT id, lower(email) AS email, full_name FROM gateway.accounts WHERE lower(email) = ANY($1) ORDER BY lower(email)`,
      [demoAccounts.map((a) => a.email.toLowerCase())],
    );
    await seedOcop(DATABASE_URL, accounts);
    await seedRural(DATABASE_URL);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
