// npm run audit:verify: walks the operations audit log's hash chain and says where it breaks, if it does.
// Exit code 0 = intact, 2 = broken (an edited, removed or inserted row), 1 = could not check.
import { createAppDataSource, databaseConfigSchema, redactDatabaseUrl } from '@kc/persistence';
import { verifyAuditLog } from '../apps/operations/src/audit/audit-verify.query';
import { OPERATIONS_SCHEMA } from '../apps/operations/src/operations-schema';

async function main(): Promise<void> {
  const { DATABASE_URL } = databaseConfigSchema.parse(process.env);
  const schema = process.env.AUDIT_SCHEMA ?? OPERATIONS_SCHEMA;
  const db = await createAppDataSource({ url: DATABASE_URL, schema, poolSize: 1 }).initialize();
  try {
    const result = await verifyAuditLog(db, schema);
    if (result.broken) {
      console.error(
        `audit log ${schema} @ ${redactDatabaseUrl(DATABASE_URL)}: BROKEN at seq ${result.broken.seq} (${result.broken.problem}) after ${result.rows} intact rows`,
      );
      process.exitCode = 2;
    } else {
      console.log(`audit log ${schema} @ ${redactDatabaseUrl(DATABASE_URL)}: intact, ${result.rows} rows checked`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
