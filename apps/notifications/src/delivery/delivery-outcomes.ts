import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '@kc/messaging';
import { NOTIFICATIONS_CONFIG } from '../notifications-config.token';
import type { NotificationsConfig } from '../config';
import { ContactBook } from './contact-book';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryPlanner } from './delivery-planner';
import type { DeliveryRow } from './delivery-row';
import { retryDelayMs } from './retry-delay';

const actor = { kind: 'service' as const, id: 'notifications' };

/** Records what a send did, with its NotificationSent / NotificationFailed in the same transaction. */
@Injectable()
export class DeliveryOutcomes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveriesRepository,
    private readonly planner: DeliveryPlanner,
    private readonly contacts: ContactBook,
    private readonly outbox: OutboxWriter,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async sent(row: DeliveryRow, providerRef: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.deliveries.markSent(manager, row, providerRef))) return;
      await this.outbox.publish(manager, {
        type: 'NotificationSent',
        aggregateId: row.id,
        actor,
        causationId: row.event_id,
        payload: { ...this.receipt(row), sentAt: new Date().toISOString() },
      });
    });
  }

  /** A transient failure with attempts left waits for its backoff; otherwise the next channel takes over. */
  async failed(row: DeliveryRow, reason: string, permanent: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!permanent && row.attempts < this.config.DELIVERY_MAX_ATTEMPTS) {
        const delay = retryDelayMs(row.attempts, this.config.DELIVERY_RETRY_BASE_MS, this.config.DELIVERY_RETRY_MAX_MS);
        await this.deliveries.markRetry(manager, row, reason, delay);
        return;
      }
      if (!(await this.deliveries.markFailed(manager, row, reason))) return;
      const { contact } = await this.contacts.lookup(manager, row.recipient_id);
      const fallbackTo = await this.planner.plan(
        manager,
        {
          eventId: row.event_id,
          eventType: row.event_type,
          recipientId: row.recipient_id,
          templateKey: row.template_key,
          applicationId: row.application_id,
          content: row.content,
        },
        row.remaining_channels,
        contact,
      );
      await this.outbox.publish(manager, {
        type: 'NotificationFailed',
        aggregateId: row.id,
        actor,
        causationId: row.event_id,
        payload: {
          ...this.receipt(row),
          reason: reason.slice(0, 2000),
          fallbackTo,
          failedAt: new Date().toISOString(),
        },
      });
    });
  }

  private receipt(row: DeliveryRow) {
    return {
      deliveryId: row.id,
      sourceEventId: row.event_id,
      sourceEventType: row.event_type,
      applicationId: row.application_id,
      recipientId: row.recipient_id,
      channel: row.channel,
      templateKey: row.template_key,
      attempts: row.attempts,
    };
  }
}
