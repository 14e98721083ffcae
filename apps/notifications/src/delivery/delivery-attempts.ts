import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHANNEL_ADAPTERS, DeliveryError, type ChannelAdapter } from '../channels/channel-adapter';
import type { ExternalChannel } from '../preferences/preferences.schemas';
import { ContactBook } from './contact-book';
import { DeliveryOutcomes } from './delivery-outcomes';
import type { DeliveryRow } from './delivery-row';

/** One send of a claimed delivery through its channel, to the recipient's address as it is now. */
@Injectable()
export class DeliveryAttempts {
  private readonly logger = new Logger('DeliveryPoller');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outcomes: DeliveryOutcomes,
    private readonly contacts: ContactBook,
    @Inject(CHANNEL_ADAPTERS) private readonly adapters: ReadonlyMap<ExternalChannel, ChannelAdapter>,
  ) {}

  /** Sends one claimed row and records the outcome; never throws (a failure to record leaves the lease). */
  async attempt(row: DeliveryRow): Promise<void> {
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
