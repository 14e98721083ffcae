import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@kc/contracts';
import { RecipientsRepository } from '../recipients/recipients.repository';
import { resolveRecipients } from '../recipients/resolve-recipients';
import { EventFieldSchemas } from '../rules/event-fields';
import { NotificationRules } from '../rules/notification-rules';
import { WaitingEventsRepository } from '../waiting/waiting-events.repository';
import { Notifier } from './notifier';
import { RELEASES } from './waiting-releases';

/**
 * Turns an event into notifications, inside the transaction that records the event in the inbox: the
 * in-app item and the intent to send on the user's first usable channel are written with it, or not at all.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    private readonly recipients: RecipientsRepository,
    private readonly notifier: Notifier,
    private readonly waiting: WaitingEventsRepository,
  ) {}

  async dispatch(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const rules = NotificationRules[envelope.type];
    const schema = EventFieldSchemas[envelope.type];
    if (!rules || !schema) return;
    const fields = schema.parse(envelope.payload);
    const applicationId = typeof fields.applicationId === 'string' ? fields.applicationId : null;
    let waitFor: string | undefined;
    for (const rule of rules.filter((r) => !r.when || r.when(fields))) {
      const resolution = await resolveRecipients(rule.recipients, fields, this.recipients, manager);
      if ('waitFor' in resolution) {
        waitFor ??= resolution.waitFor;
        continue;
      }
      for (const recipientId of resolution.ids) {
        await this.notifier.notify(manager, {
          eventId: envelope.id,
          eventType: envelope.type,
          applicationId,
          recipientId,
          templateKey: rule.template,
          data: fields,
        });
      }
    }
    // Parked whole: once the person is known the event is dispatched again, and the people it has already
    // notified find their inbox rows and are skipped (one notice per event and person).
    if (waitFor) await this.waiting.park(manager, waitFor, envelope);
  }

  /** Dispatches again the events that waited for whoever this event makes known (same transaction). */
  async releaseWaiting(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const key = RELEASES[envelope.type]?.(envelope.payload as Record<string, unknown>);
    if (!key) return;
    for (const waiting of await this.waiting.release(manager, key)) await this.dispatch(waiting, manager);
  }
}
