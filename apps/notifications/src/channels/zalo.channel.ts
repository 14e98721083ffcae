import type { NotificationsConfig } from '../config';
import { DeliveryError, type ChannelAdapter, type Contact, type OutgoingMessage } from './channel-adapter';
import { postJson } from './post-json';

/**
 * Zalo ZNS (Zalo Notification Service) template messages: `POST ZALO_ZNS_URL` with the OA's
 * `access_token` header and `{ phone, template_id, template_data, tracking_id }`. ZNS answers HTTP 200
 * with `error: 0` on success and a non-zero `error` otherwise; `tracking_id` is our delivery id.
 */
export class ZaloChannel implements ChannelAdapter {
  readonly channel = 'zalo' as const;
  readonly enabled: boolean;

  constructor(private readonly config: NotificationsConfig) {
    this.enabled = Boolean(config.ZALO_ZNS_URL && config.ZALO_ZNS_TOKEN);
  }

  addressOf(contact: Contact): string | null {
    // ZNS wants the number as 84xxxxxxxxx, without the plus sign.
    return contact.phone ? contact.phone.replace(/^\+/, '') : null;
  }

  async send(message: OutgoingMessage): Promise<{ providerRef: string | null }> {
    const answer = await postJson(
      this.config.ZALO_ZNS_URL!,
      { access_token: this.config.ZALO_ZNS_TOKEN! },
      {
        phone: message.address,
        template_id: this.config.ZALO_ZNS_TEMPLATE_ID,
        template_data: { title: message.content.subject, content: message.content.short },
        tracking_id: message.deliveryId,
      },
      this.config.DELIVERY_SEND_TIMEOUT_MS,
      'Zalo ZNS',
    );
    if (answer.error !== 0)
      throw new DeliveryError(`Zalo ZNS error ${String(answer.error)}: ${String(answer.message)}`, false);
    const data = answer.data as { msg_id?: unknown } | undefined;
    return { providerRef: typeof data?.msg_id === 'string' ? data.msg_id : null };
  }
}
