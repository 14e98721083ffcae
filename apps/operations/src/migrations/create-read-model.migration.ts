import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelSql } from './read-model.sql';

/** The read model's tables in `schema` (the service's own, or a rebuild's fresh one). */
export function createReadModelMigration(schema: string): new () => MigrationInterface {
  const sql = readModelSql(schema);
  return class CreateReadModel1764500000000 implements MigrationInterface {
    name = 'CreateReadModel1764500000000';
    async up(q: QueryRunner): Promise<void> {
      for (const statement of sql.up) await q.query(statement);
    }
    async down(q: QueryRunner): Promise<void> {
      for (const statement of sql.down) await q.query(statement);
    }
  };
}
