import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@kc/contracts';

/** What an event can wait for: a dossier's applicant, or an account, to become known. */
export const waitKey = {
  applicant: (applicationId: string) => `applicant:${applicationId}`,
  account: (accountId: string) => `account:${accountId}`,
};

/** Events parked until the person they name is known (`notifications.waiting_events`). */
@Injectable()
export class WaitingEventsRepository {
  async park(manager: EntityManager, waitsFor: string, envelope: EventEnvelope): Promise<void> {
    await manager.query(
      `INSERT INTO notifications.waiting_events (event_id, waits_for, envelope) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO NOTHING`,
      [envelope.id, waitsFor, JSON.stringify(envelope)],
    );
  }

  /** Removes and returns, oldest first, the events waiting for `waitsFor` (in the caller's transaction). */
  async release(manager: EntityManager, waitsFor: string): Promise<EventEnvelope[]> {
    const rows: { envelope: EventEnvelope }[] = await manager.query(
      `WITH released AS (DELETE FROM notifications.waiting_events WHERE waits_for = $1 RETURNING envelope, parked_at)
       SELECT envelope FROM released ORDER BY parked_at`,
      [waitsFor],
    );
    return rows.map((r) => r.envelope);
  }
}
