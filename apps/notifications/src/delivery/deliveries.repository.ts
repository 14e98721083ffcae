import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { ExternalChannel } from '../preferences/preferences.schemas';
import type { DeliveryIntent, DeliveryRow } from './delivery-row';
import { updatedRows } from './updated-rows';

const COLUMNS = `id, event_id, event_type, recipient_id, channel, template_key, application_id, content,
  remaining_channels, status, attempts`;

/**
 * The delivery ledger. Its unique key (event, recipient, channel) is recorded before any send, in the
 * transaction that consumed the event, so a redelivered event or a second instance cannot add a send.
 */
@Injectable()
export class DeliveriesRepository {
  /** Records the intent to send; returns its id, or undefined when that key already exists. */
  async enqueue(
    manager: EntityManager,
    intent: DeliveryIntent,
    channel: ExternalChannel,
    remaining: ExternalChannel[],
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications.deliveries (id, event_id, event_type, recipient_id, channel, template_key, application_id,
         content, remaining_channels, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending')
       ON CONFLICT (event_id, recipient_id, channel) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        intent.eventId,
        intent.eventType,
        intent.recipientId,
        channel,
        intent.templateKey,
        intent.applicationId,
        JSON.stringify(intent.content),
        remaining,
      ],
    );
    return rows[0]?.id;
  }

  /**
   * Claims due rows for this process (`sending`, attempt counted) and commits at once, so the claim
   * survives a crash mid-send. A row left in `sending` longer than the lease belonged to a process that
   * died; it is claimed again and re-sent with the same Message-ID / idempotency key (see the README).
   */
  async claimDue(dataSource: DataSource, limit: number, leaseMs: number): Promise<DeliveryRow[]> {
    const result: unknown = await dataSource.query(
      `UPDATE notifications.deliveries SET status = 'sending', attempts = attempts + 1, claimed_at = now()
        WHERE id IN (
          SELECT id FROM notifications.deliveries
           WHERE (status = 'pending' AND next_attempt_at <= now())
              OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $2::double precision / 1000))
           ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING ${COLUMNS}`,
      [limit, leaseMs],
    );
    return updatedRows<DeliveryRow>(result);
  }

  /** Each outcome applies only to the claim it belongs to (same attempt, still sending). */
  async markSent(manager: EntityManager, row: DeliveryRow, providerRef: string | null): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE notifications.deliveries SET status = 'sent', provider_ref = $3, finished_at = now(), last_error = NULL
        WHERE id = $1 AND attempts = $2 AND status = 'sending' RETURNING id`,
      [row.id, row.attempts, providerRef],
    );
    return updatedRows(result).length > 0;
  }

  async markRetry(manager: EntityManager, row: DeliveryRow, error: string, delayMs: number): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE notifications.deliveries SET status = 'pending', last_error = $3,
         next_attempt_at = now() + make_interval(secs => $4::double precision / 1000)
        WHERE id = $1 AND attempts = $2 AND status = 'sending' RETURNING id`,
      [row.id, row.attempts, error.slice(0, 2000), delayMs],
    );
    return updatedRows(result).length > 0;
  }

  async markFailed(manager: EntityManager, row: DeliveryRow, error: string): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE notifications.deliveries SET status = 'failed', last_error = $3, finished_at = now()
        WHERE id = $1 AND attempts = $2 AND status = 'sending' RETURNING id`,
      [row.id, row.attempts, error.slice(0, 2000)],
    );
    return updatedRows(result).length > 0;
  }
}
