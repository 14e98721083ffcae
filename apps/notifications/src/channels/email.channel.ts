import nodemailer, { type Transporter } from 'nodemailer';
import type { NotificationsConfig } from '../config';
import { DeliveryError, type ChannelAdapter, type Contact, type OutgoingMessage } from './channel-adapter';

/** The Message-ID a delivery always carries, so a repeated send is the same message to the receiving side. */
export function messageIdOf(deliveryId: string): string {
  return `<${deliveryId}@notifications.khuyencong.local>`;
}

/** E-mail over SMTP (nodemailer), HTML and text parts. */
export class EmailChannel implements ChannelAdapter {
  readonly channel = 'email' as const;
  readonly enabled = true;
  private readonly transport: Transporter;

  constructor(private readonly config: NotificationsConfig) {
    this.transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } : undefined,
      connectionTimeout: config.DELIVERY_SEND_TIMEOUT_MS,
      greetingTimeout: config.DELIVERY_SEND_TIMEOUT_MS,
      socketTimeout: config.DELIVERY_SEND_TIMEOUT_MS,
    });
  }

  addressOf(contact: Contact): string | null {
    return contact.email;
  }

  async send(message: OutgoingMessage): Promise<{ providerRef: string | null }> {
    try {
      const info = await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: message.address,
        subject: message.content.subject,
        text: message.content.text,
        html: message.content.html,
        messageId: messageIdOf(message.deliveryId),
        headers: { 'X-KC-Delivery-Id': message.deliveryId },
      });
      return { providerRef: info.messageId ?? null };
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode;
      // 5xx: the server refused this message for good (bad address, policy); anything else may pass later.
      throw new DeliveryError(`SMTP: ${(error as Error).message}`, responseCode !== undefined && responseCode >= 500);
    }
  }
}
