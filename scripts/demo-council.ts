// Prints the user ids of the seeded council members, comma-separated: npm start hands them to the
// appraisals service as APPROVAL_COUNCIL_MEMBER_IDS when that is not set.
import { createAppDataSource, databaseConfigSchema } from '@kc/persistence';

async function main(): Promise<void> {
  const { DATABASE_URL } = databaseConfigSchema.parse(process.env);
  const dataSource = await createAppDataSource({ url: DATABASE_URL, schema: 'gateway', poolSize: 1 }).initialize();
  try {
    const rows = (await dataSource.query(
      `SELECT id FROM gateway.accounts WHERE 'COUNCIL_MEMBER' = ANY(roles) AND disabled_at IS NULL ORDER BY lower(email)`,
    )) as { id: string }[];
    process.stdout.write(rows.map((r) => r.id).join(','));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('reading the demo council failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
