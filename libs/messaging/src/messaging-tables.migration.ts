import type { MigrationInterface, QueryRunner } from 'typeorm';
import { messagingTablesSql } from './messaging-tables';

/** The first migration of every app: its outbox and inbox tables, in its own schema. */
export function createMessagingTablesMigration(schema: string): new () => MigrationInterface {
  const sql = messagingTablesSql(schema);
  return class CreateMessagingTables1764300000000 implements MigrationInterface {
    name = 'CreateMessagingTables1764300000000';
    async up(queryRunner: QueryRunner): Promise<void> {
      for (const statement of sql.up) await queryRunner.query(statement);
    }
    async down(queryRunner: QueryRunner): Promise<void> {
      for (const statement of sql.down) await queryRunner.query(statement);
    }
  };
}
