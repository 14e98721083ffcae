import type { MigrationInterface } from 'typeorm';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { testEnv } from './test-env';

/** Brings one app's schema in the test database up to date, as `npm run migrate` does for the real one. */
export async function migrateTestSchema(definition: { schema: string; migrations: unknown }): Promise<void> {
  const dataSource = createAppDataSource({
    url: testEnv.databaseUrl,
    schema: definition.schema,
    migrations: definition.migrations as (new () => MigrationInterface)[],
    poolSize: 1,
  });
  try {
    await migrateDataSource(dataSource, definition.schema);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
