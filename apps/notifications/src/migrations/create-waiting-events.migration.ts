import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events that name a person this service does not know yet (a decision that overtook its dossier's
 * submission, a holder whose account is not announced yet). They wait here, keyed by what they wait for,
 * and are notified when that arrives, instead of burning retries and ending in the dead-letter queue.
 */
export class CreateWaitingEvents1764400300000 implements MigrationInterface {
  name = 'CreateWaitingEvents1764400300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notifications.waiting_events (
      event_id uuid PRIMARY KEY,
      waits_for text NOT NULL,
      envelope jsonb NOT NULL,
      parked_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX waiting_events_waits_for ON notifications.waiting_events (waits_for, parked_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications.waiting_events`);
  }
}
