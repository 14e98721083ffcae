// The inbox's live stream (/api/notifications/inbox): the single-use ticket that opens it, and its events.
import type { InboxNotification } from './notifications';

/** A short single-use ticket for the live stream, so no access token ever sits in a URL. */
export interface StreamTicket {
  ticket: string;
  expiresInSeconds: number;
}

/** What each `notification` event of the live stream carries. */
export interface InboxStreamEvent {
  item: InboxNotification;
  unread: number;
}
