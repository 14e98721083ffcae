import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single-use tickets for the live stream (EventSource cannot send an Authorization header): a ticket in the
 * URL is worth nothing once used or after a few seconds, unlike an access token. Only its hash is kept.
 */
export class CreateStreamTickets1764400200000 implements MigrationInterface {
  name = 'CreateStreamTickets1764400200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notifications.stream_tickets (
      ticket_hash text PRIMARY KEY,
      account jsonb NOT NULL,
      session_expires_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX stream_tickets_expiry ON notifications.stream_tickets (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications.stream_tickets`);
  }
}
