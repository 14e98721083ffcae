import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '@kc/messaging';
import { ContactBook } from '../delivery/contact-book';
import { DeliveryPlanner } from '../delivery/delivery-planner';
import { InboxRepository } from '../inbox/inbox.repository';
import { NOTIFICATIONS_CONFIG } from '../notifications-config.token';
import type { NotificationsConfig } from '../config';
import { TemplateStore } from '../templates/template-store';
import { noticeData } from './notice-data';
import { notificationSent } from './notification-sent';
import type { NotificationRequest } from './notification-request';

/**
 * Makes one notification in the caller's transaction: renders it in the recipient's language, adds it to
 * their inbox once (per event, person and template), records NotificationSent and plans the external send.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly contacts: ContactBook,
    private readonly templates: TemplateStore,
    private readonly inbox: InboxRepository,
    private readonly planner: DeliveryPlanner,
    private readonly outbox: OutboxWriter,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async notify(manager: EntityManager, request: NotificationRequest): Promise<void> {
    const { recipient, preferences, contact } = await this.contacts.lookup(manager, request.recipientId);
    const content = this.templates.render(
      request.templateKey,
      preferences.language,
      noticeData(request.data, recipient?.fullName, preferences.language, this.config.PUBLIC_BASE_URL),
    );
    const inboxId = await this.inbox.add(manager, {
      recipientId: request.recipientId,
      eventId: request.eventId,
      eventType: request.eventType,
      templateKey: request.templateKey,
      applicationId: request.applicationId,
      subject: content.subject,
      body: content.text,
    });
    if (!inboxId) return; // this event already notified this person: nothing more to do
    await this.outbox.publish(manager, notificationSent(request, inboxId));
    await this.planner.plan(
      manager,
      {
        eventId: request.eventId,
        eventType: request.eventType,
        recipientId: request.recipientId,
        templateKey: request.templateKey,
        applicationId: request.applicationId,
        content,
      },
      preferences.channels,
      contact,
    );
  }
}
