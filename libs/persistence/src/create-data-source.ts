import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { grantServiceRole } from './service-role';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface AppDataSourceOptions {
  url: string;
  /** The app's own schema; no app reads another's tables. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: MixedList<Function | string | EntitySchema>;
  poolSize?: number;
  applicationName?: string;
}

/** One DataSource per app schema, with the migrations table inside that schema; never `synchronize`. */
export function createAppDataSource(options: AppDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    migrations: options.migrations ?? [],
    entities: options.entities ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['error'],
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? options.schema,
    extra: { connectionTimeoutMillis: 5000 },
  });
}

/**
 * Creates the schema if needed, applies pending migrations, then grants the service's own role (when it
 * exists) its rights on the schema. Returns the names it applied.
 */
export async function migrateDataSource(dataSource: DataSource, schema: string): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  await grantServiceRole(dataSource, schema);
  return applied.map((m) => m.name);
}
