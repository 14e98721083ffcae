// npm run migrate: applies every app's pending migrations to its own schema (DATABASE_URL or the default).
import { createAppDataSource, databaseConfigSchema, migrateDataSource, redactDatabaseUrl } from '@kc/persistence';
import { serviceDefinitions } from './service-definitions';

async function main(): Promise<void> {
  const { DATABASE_URL } = databaseConfigSchema.parse(process.env);
  console.log(`migrating ${redactDatabaseUrl(DATABASE_URL)}`);
  for (const definition of serviceDefinitions) {
    const dataSource = createAppDataSource({
      url: DATABASE_URL,
      schema: definition.schema,
      migrations: definition.migrations,
      poolSize: 1,
    });
    try {
      const applied = await migrateDataSource(dataSource, definition.schema);
      console.log(
        `  ${definition.schema.padEnd(14)} ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`,
      );
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
