import { Injectable, type MessageEvent } from '@nestjs/common';
import type { InboxStreamEvent, UnreadCount } from '@kc/contracts';
import {
  concat,
  defer,
  endWith,
  filter,
  from,
  ignoreElements,
  interval,
  map,
  merge,
  mergeMap,
  takeUntil,
  type Observable,
} from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { InboxChanges } from './inbox-changes';
import { InboxRepository } from './inbox.repository';

/** Keeps idle streams open through proxies that close silent connections. */
const HEARTBEAT_MS = 25_000;
const LOOK_BACK_SECONDS = 120;

/** One account's live inbox: `unread` at once, then each new notification with the new unread count. */
@Injectable()
export class InboxStream {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: InboxRepository,
    private readonly changes: InboxChanges,
  ) {}

  events(user: AuthUser): Observable<MessageEvent> {
    const manager = this.dataSource.manager;
    const unread = () => this.inbox.unreadCount(manager, user.id);
    // created_at is the inserting transaction's start, which can precede its commit: look back a little
    // and remember what was shown, rather than trust a timestamp cursor.
    const shown = new Set<string>();
    let since = new Date();
    const fresh = async (): Promise<MessageEvent[]> => {
      const items = (await this.inbox.since(manager, user.id, since)).filter((item) => !shown.has(item.id));
      if (items.length === 0) return [];
      items.forEach((item) => shown.add(item.id));
      const count = await unread();
      return items.map((item) => {
        const data: InboxStreamEvent = { item, unread: count };
        return { type: 'notification', id: item.id, data };
      });
    };
    return defer(async () => {
      const changes = await this.changes.stream();
      const [{ from: lookBack }]: { from: Date }[] = await manager.query(
        `SELECT now() - interval '${LOOK_BACK_SECONDS} seconds' AS from`,
      );
      since = lookBack;
      (await this.inbox.since(manager, user.id, since)).forEach((item) => shown.add(item.id));
      const count: UnreadCount = { unread: await unread() };
      const hello: MessageEvent = { type: 'unread', data: count };
      const news = changes.pipe(
        filter((recipientId) => recipientId === user.id),
        mergeMap(() => from(fresh()), 1),
        mergeMap((events) => from(events)),
      );
      const heartbeat = interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'heartbeat', data: {} })));
      // The change feed completes when the service shuts down: every stream ends with it (the heartbeat
      // alone would keep the response, and with it the HTTP server's close, open for ever).
      const shutdown = changes.pipe(ignoreElements(), endWith(null));
      return concat(from([hello]), merge(news, heartbeat).pipe(takeUntil(shutdown)));
    }).pipe(mergeMap((events) => events));
  }
}
