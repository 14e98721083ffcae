/** One notification to make: what caused it, for whom, with which template and data. */
export interface NotificationRequest {
  eventId: string;
  eventType: string;
  applicationId: string | null;
  recipientId: string;
  templateKey: string;
  data: Record<string, unknown>;
}
