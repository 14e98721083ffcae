import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { Subject, type Observable } from 'rxjs';
import { NOTIFICATIONS_CONFIG } from '../notifications-config.token';
import type { NotificationsConfig } from '../config';
import { INBOX_CHANNEL } from './inbox.repository';

/**
 * Whose inbox changed, from Postgres LISTEN: every instance hears every commit, so a live stream works
 * whichever instance consumed the event. One connection per instance, opened with the first stream.
 */
@Injectable()
export class InboxChanges implements OnModuleDestroy {
  private readonly logger = new Logger('InboxChanges');
  private readonly changes = new Subject<string>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;

  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig) {}

  /** Recipient ids, as their inboxes change. */
  async stream(): Promise<Observable<string>> {
    this.connecting ??= this.listen();
    await this.connecting;
    return this.changes.asObservable();
  }

  async onModuleDestroy(): Promise<void> {
    this.changes.complete();
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'notifications-listen' });
    client.on('notification', (message) => {
      if (message.channel === INBOX_CHANNEL && message.payload) this.changes.next(message.payload);
    });
    client.on('error', (error) => {
      // Streams still answer from the database; a new connection is opened with the next stream.
      this.logger.error({ err: error }, 'inbox LISTEN connection lost');
      this.connecting = undefined;
    });
    await client.connect();
    await client.query(`LISTEN ${INBOX_CHANNEL}`);
    this.client = client;
  }
}
