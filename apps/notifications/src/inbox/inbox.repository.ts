import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { updatedRows } from '../delivery/updated-rows';
import { COLUMNS, toItem, type InboxItem, type InboxRow } from './inbox-row';

/** Postgres NOTIFY channel that tells live streams (in any instance) that someone's inbox changed. */
export const INBOX_CHANNEL = 'kc_notifications_inbox';

@Injectable()
export class InboxRepository {
  /**
   * Adds the in-app notification once per (event, recipient, template); returns its id when new. The NOTIFY
   * is delivered only if the transaction commits, so a stream never shows what was rolled back.
   */
  async add(
    manager: EntityManager,
    item: {
      recipientId: string;
      eventId: string;
      eventType: string;
      templateKey: string;
      applicationId: string | null;
      subject: string;
      body: string;
    },
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications.inbox_items (id, recipient_id, event_id, event_type, template_key, application_id, subject, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id, recipient_id, template_key) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        item.recipientId,
        item.eventId,
        item.eventType,
        item.templateKey,
        item.applicationId,
        item.subject,
        item.body,
      ],
    );
    if (rows.length === 0) return undefined;
    await manager.query(`SELECT pg_notify($1, $2)`, [INBOX_CHANNEL, item.recipientId]);
    return rows[0].id;
  }

  async page(
    manager: EntityManager,
    recipientId: string,
    page: number,
    pageSize: number,
    unreadOnly: boolean,
  ): Promise<{ items: InboxItem[]; total: number; unread: number }> {
    const filter = unreadOnly ? 'AND read_at IS NULL' : '';
    const rows: InboxRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM notifications.inbox_items WHERE recipient_id = $1 ${filter}
        ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [recipientId, pageSize, (page - 1) * pageSize],
    );
    // Both counts in one scan; with `unreadOnly` every row counted is unread, so `unread` is still the whole count.
    const [{ total, unread }]: { total: number; unread: number }[] = await manager.query(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE read_at IS NULL))::int AS unread
         FROM notifications.inbox_items WHERE recipient_id = $1 ${filter}`,
      [recipientId],
    );
    return { items: rows.map(toItem), total, unread };
  }

  async unreadCount(manager: EntityManager, recipientId: string): Promise<number> {
    const [{ unread }]: { unread: number }[] = await manager.query(
      `SELECT count(*)::int AS unread FROM notifications.inbox_items WHERE recipient_id = $1 AND read_at IS NULL`,
      [recipientId],
    );
    return unread;
  }

  /** Marks one of the recipient's own items read; false when there is no such item for them. */
  async markRead(manager: EntityManager, recipientId: string, id: string): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE notifications.inbox_items SET read_at = coalesce(read_at, now()) WHERE id = $1 AND recipient_id = $2 RETURNING id`,
      [id, recipientId],
    );
    return updatedRows(result).length > 0;
  }

  async markAllRead(manager: EntityManager, recipientId: string): Promise<number> {
    const result: unknown = await manager.query(
      `UPDATE notifications.inbox_items SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id`,
      [recipientId],
    );
    return updatedRows(result).length;
  }

  /** Items that arrived after `since`, oldest first: what a live stream has not shown yet. */
  async since(manager: EntityManager, recipientId: string, since: Date): Promise<InboxItem[]> {
    const rows: InboxRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM notifications.inbox_items WHERE recipient_id = $1 AND created_at > $2
        ORDER BY created_at, id LIMIT 100`,
      [recipientId, since],
    );
    return rows.map(toItem);
  }
}
