import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '@kc/persistence';
import { messagingTablesSql } from '@kc/messaging';
import { testEnv } from './test-env';

/** A throw-away schema with outbox and inbox tables, so tests never see each other's rows. */
export async function createIsolatedSchema(
  prefix: string,
): Promise<{ dataSource: DataSource; schema: string; drop(): Promise<void> }> {
  const schema = `t_${prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const dataSource = await createAppDataSource({ url: testEnv.databaseUrl, schema, poolSize: 8 }).initialize();
  await dataSource.query(`CREATE SCHEMA "${schema}"`);
  for (const sql of messagingTablesSql(schema).up) await dataSource.query(sql);
  return {
    dataSource,
    schema,
    async drop() {
      await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
      await dataSource.destroy();
    },
  };
}
