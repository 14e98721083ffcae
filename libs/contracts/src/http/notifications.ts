// What the notifications service's inbox routes (/api/notifications/inbox) answer.
import type { Page } from './page';

/** One in-app notification, as the inbox lists it and the live stream pushes it. */
export interface InboxNotification {
  id: string;
  eventType: string;
  templateKey: string;
  applicationId: string | null;
  subject: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export type InboxPage = Page<InboxNotification> & { unread: number };

export interface UnreadCount {
  unread: number;
}

export interface ReadAllAnswer extends UnreadCount {
  marked: number;
}
