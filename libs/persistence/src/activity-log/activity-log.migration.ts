import type { MigrationInterface, QueryRunner } from 'typeorm';
import { activityLogSql } from './activity-log.sql';

/**
 * Brings a service's `activity_log` to the one definition (creating it if the service had none). Each
 * service lists it in its own migrations, like the messaging tables. Down does nothing: the table and
 * its older columns belong to the migrations that made them, and results already kept stay readable.
 */
export function activityLogMigration(schema: string): new () => MigrationInterface {
  const sql = activityLogSql(schema);
  return class ActivityLogOneDefinition1764650000000 implements MigrationInterface {
    name = 'ActivityLogOneDefinition1764650000000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(sql.create);
      await q.query(sql.addResult);
    }
    async down(): Promise<void> {}
  };
}
