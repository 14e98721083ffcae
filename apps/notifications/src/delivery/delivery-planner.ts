import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CHANNEL_ADAPTERS, type ChannelAdapter, type Contact } from '../channels/channel-adapter';
import type { ExternalChannel } from '../preferences/preferences.schemas';
import { DeliveriesRepository } from './deliveries.repository';
import type { DeliveryIntent } from './delivery-row';

/** Picks the first channel of the user's order that is switched on and has an address, and records it. */
@Injectable()
export class DeliveryPlanner {
  constructor(
    @Inject(CHANNEL_ADAPTERS) private readonly adapters: ReadonlyMap<ExternalChannel, ChannelAdapter>,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  /** Returns the channel recorded, or null when no channel in `order` can reach the person (in-app only). */
  async plan(
    manager: EntityManager,
    intent: DeliveryIntent,
    order: readonly ExternalChannel[],
    contact: Contact,
  ): Promise<ExternalChannel | null> {
    for (let i = 0; i < order.length; i++) {
      const adapter = this.adapters.get(order[i]);
      if (!adapter?.enabled || !adapter.addressOf(contact)) continue;
      await this.deliveries.enqueue(manager, intent, order[i], order.slice(i + 1));
      return order[i];
    }
    return null;
  }
}
