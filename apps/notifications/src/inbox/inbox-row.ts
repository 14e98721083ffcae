import type { InboxNotification } from '@kc/contracts';

/** One notification as the inbox and the live stream answer it (@kc/contracts). */
export type InboxItem = InboxNotification;

export interface InboxRow {
  id: string;
  event_type: string;
  template_key: string;
  application_id: string | null;
  subject: string;
  body: string;
  created_at: Date;
  read_at: Date | null;
}

/** The columns of `InboxRow`, for SELECTs. */
export const COLUMNS = 'id, event_type, template_key, application_id, subject, body, created_at, read_at';

/** A row as the API answers it (ISO instants). */
export function toItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    eventType: row.event_type,
    templateKey: row.template_key,
    applicationId: row.application_id,
    subject: row.subject,
    body: row.body,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}
