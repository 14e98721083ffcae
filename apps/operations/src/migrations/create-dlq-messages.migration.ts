import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index of every consumer group's dead-letter topics, so operators browse and filter them with SQL and
 * each parked message has a status: PARKED, REDRIVEN (sent back to its group's retry topic) or DISCARDED.
 */
export function createDlqMessagesMigration(schema: string): new () => MigrationInterface {
  const s = `"${schema}"`;
  return class CreateDlqMessages1764500200000 implements MigrationInterface {
    name = 'CreateDlqMessages1764500200000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE TABLE ${s}.dlq_messages (
        id bigserial PRIMARY KEY,
        dlq_topic text NOT NULL,
        partition int NOT NULL,
        "offset" bigint NOT NULL,
        consumer_group text NOT NULL,
        original_topic text NOT NULL,
        event_id text,
        event_type text,
        message_key text,
        reason text,
        failed_at timestamptz,
        value text,
        headers jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PARKED' CHECK (status IN ('PARKED', 'REDRIVEN', 'DISCARDED')),
        handled_by text,
        handled_reason text,
        handled_at timestamptz,
        indexed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (dlq_topic, partition, "offset")
      )`);
      await q.query(`CREATE INDEX dlq_messages_status_idx ON ${s}.dlq_messages (status, consumer_group, id)`);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE ${s}.dlq_messages`);
    }
  };
}
