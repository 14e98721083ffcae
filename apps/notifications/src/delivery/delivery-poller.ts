import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHANNEL_ADAPTERS, DeliveryError, type ChannelAdapter } from '../channels/channel-adapter';
import { NOTIFICATIONS_CONFIG } from '../notifications-config.token';
import type { NotificationsConfig } from '../config';
import type { ExternalChannel } from '../preferences/preferences.schemas';
import { ContactBook } from './contact-book';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryOutcomes } from './delivery-outcomes';
import type { DeliveryRow } from './delivery-row';

const BATCH = 20;

/**
 * Sends what the ledger says is due. Retries are rows with a later `next_attempt_at`, not timers in
 * memory, so a restart loses none; several instances share the work through `FOR UPDATE SKIP LOCKED`.
 */
@Injectable()
export class DeliveryPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeliveryPoller');
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveriesRepository,
    private readonly outcomes: DeliveryOutcomes,
    private readonly contacts: ContactBook,
    @Inject(CHANNEL_ADAPTERS) private readonly adapters: ReadonlyMap<ExternalChannel, ChannelAdapter>,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** One pass: claims due rows and sends them; returns how many were claimed. */
  async pass(): Promise<number> {
    const rows = await this.deliveries.claimDue(this.dataSource, BATCH, this.config.DELIVERY_LEASE_MS);
    await Promise.all(rows.map((row) => this.attempt(row)));
    return rows.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.pass();
      } catch (error) {
        this.logger.error({ err: error }, 'delivery pass failed; will retry');
      }
      if (claimed < BATCH && this.running) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.config.DELIVERY_POLL_MS);
        });
      }
    }
  }

  private async attempt(row: DeliveryRow): Promise<void> {
    let providerRef: string | null;
    try {
      providerRef = await this.send(row);
    } catch (error) {
      const permanent = error instanceof DeliveryError && error.permanent;
      const reason = (error as Error).message;
      this.logger.warn({ deliveryId: row.id, channel: row.channel, attempt: row.attempts, err: reason }, 'send failed');
      await this.outcomes.failed(row, reason, permanent).catch((recordError: unknown) =>
        // The row stays `sending`; the lease hands it to a later pass.
        this.logger.error({ deliveryId: row.id, err: recordError }, 'could not record a failed send'),
      );
      return;
    }
    // Sent: from here on a failure must not count as a failed send (that would send again at once). If the
    // database is away, the row stays `sending` until its lease ends: the at-least-once window.
    await this.outcomes
      .sent(row, providerRef)
      .catch((recordError: unknown) =>
        this.logger.error({ deliveryId: row.id, err: recordError }, 'sent, but could not record it'),
      );
  }

  private async send(row: DeliveryRow): Promise<string | null> {
    const adapter = this.adapters.get(row.channel);
    if (!adapter?.enabled) throw new DeliveryError(`channel ${row.channel} is not configured`, true);
    const { contact } = await this.contacts.lookup(this.dataSource.manager, row.recipient_id);
    const address = adapter.addressOf(contact);
    if (!address) throw new DeliveryError(`no ${row.channel} address for ${row.recipient_id}`, true);
    const { providerRef } = await adapter.send({ deliveryId: row.id, address, content: row.content });
    return providerRef;
  }
}
