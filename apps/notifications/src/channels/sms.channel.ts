import type { NotificationsConfig } from '../config';
import type { ChannelAdapter, Contact, OutgoingMessage } from './channel-adapter';
import { postJson } from './post-json';

/**
 * SMS through a provider's JSON HTTP API: `POST SMS_API_URL` with a bearer token and
 * `{ to, text, reference }`; `reference` is the delivery id, which providers use to drop a repeat.
 */
export class SmsChannel implements ChannelAdapter {
  readonly channel = 'sms' as const;
  readonly enabled: boolean;

  constructor(private readonly config: NotificationsConfig) {
    this.enabled = Boolean(config.SMS_API_URL && config.SMS_API_TOKEN);
  }

  addressOf(contact: Contact): string | null {
    return contact.phone;
  }

  async send(message: OutgoingMessage): Promise<{ providerRef: string | null }> {
    const answer = await postJson(
      this.config.SMS_API_URL!,
      { authorization: `Bearer ${this.config.SMS_API_TOKEN}`, 'idempotency-key': message.deliveryId },
      { to: message.address, text: message.content.short, reference: message.deliveryId },
      this.config.DELIVERY_SEND_TIMEOUT_MS,
      'SMS',
    );
    return { providerRef: typeof answer.messageId === 'string' ? answer.messageId : null };
  }
}
