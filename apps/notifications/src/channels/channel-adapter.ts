import type { ExternalChannel } from '../preferences/preferences.schemas';
import type { RenderedMessage } from '../templates/template-store';

/** Where a person can be reached, as known at send time (identity projection + preferences). */
export interface Contact {
  email: string | null;
  phone: string | null;
}

export interface OutgoingMessage {
  /**
   * The ledger row's id: sent as the e-mail Message-ID and as the providers' idempotency key / tracking
   * id, so a send repeated after a crash carries the same identity and can be recognised downstream.
   */
  deliveryId: string;
  address: string;
  content: RenderedMessage;
}

/** A send that failed; `permanent` ones are not retried (the next channel is tried at once). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface ChannelAdapter {
  readonly channel: ExternalChannel;
  /** Off when its endpoint is not configured. */
  readonly enabled: boolean;
  addressOf(contact: Contact): string | null;
  /** Resolves with the provider's reference when the provider accepted the message. */
  send(message: OutgoingMessage): Promise<{ providerRef: string | null }>;
}

export const CHANNEL_ADAPTERS = Symbol('CHANNEL_ADAPTERS');
