import { z } from 'zod';

/** Channels a notification can go out on; `in_app` is the inbox every recipient always gets. */
export const notificationChannelSchema = z.enum(['in_app', 'email', 'sms', 'zalo']);
export type NotificationChannel = z.infer<typeof notificationChannelSchema>;

const receiptBase = {
  /** Ledger row (one per event, recipient and channel): the aggregate of the receipt. */
  deliveryId: z.uuid(),
  /** The domain event that caused the notification, e.g. an `ApplicationSubmitted` id. */
  sourceEventId: z.uuid(),
  sourceEventType: z.string().min(1),
  /** The dossier the notification is about, when it is about one (links receipts to the timeline). */
  applicationId: z.uuid().nullable(),
  recipientId: z.string().min(1),
  channel: notificationChannelSchema,
  /** Template that was rendered, e.g. `receipt` (Form 01). */
  templateKey: z.string().min(1),
  /** Send attempts made on this channel, this one included. */
  attempts: z.number().int().min(0),
};

/** The recipient was told on this channel: when, and how (the delivery receipt). */
export const notificationSentV1 = z.object({
  ...receiptBase,
  sentAt: z.iso.datetime({ offset: true }),
});
export type NotificationSentV1 = z.infer<typeof notificationSentV1>;

/** A channel gave up for this recipient (after its retries, or not usable); `fallbackTo` names the next one. */
export const notificationFailedV1 = z.object({
  ...receiptBase,
  reason: z.string().min(1).max(2000),
  fallbackTo: notificationChannelSchema.nullable(),
  failedAt: z.iso.datetime({ offset: true }),
});
export type NotificationFailedV1 = z.infer<typeof notificationFailedV1>;
