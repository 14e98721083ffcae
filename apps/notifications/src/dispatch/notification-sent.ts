import type { EventDraft } from '@kc/messaging';
import type { NotificationRequest } from './notification-request';

/** The `NotificationSent` event of an in-app notice just added to the inbox (its id is the delivery's). */
export function notificationSent(request: NotificationRequest, inboxId: string): EventDraft<'NotificationSent'> {
  return {
    type: 'NotificationSent',
    aggregateId: inboxId,
    actor: { kind: 'service', id: 'notifications' },
    causationId: request.eventId,
    payload: {
      deliveryId: inboxId,
      sourceEventId: request.eventId,
      sourceEventType: request.eventType,
      applicationId: request.applicationId,
      recipientId: request.recipientId,
      channel: 'in_app',
      templateKey: request.templateKey,
      attempts: 1,
      sentAt: new Date().toISOString(),
    },
  };
}
