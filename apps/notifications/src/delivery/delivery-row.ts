import type { ExternalChannel } from '../preferences/preferences.schemas';
import type { RenderedMessage } from '../templates/template-store';

/** One ledger row: a notification for one (event, recipient, channel), from intent to outcome. */
export interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  recipient_id: string;
  channel: ExternalChannel;
  template_key: string;
  application_id: string | null;
  content: RenderedMessage;
  remaining_channels: ExternalChannel[];
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
}

/** What a new ledger row needs; the channel is chosen by the planner. */
export interface DeliveryIntent {
  eventId: string;
  eventType: string;
  recipientId: string;
  templateKey: string;
  applicationId: string | null;
  content: RenderedMessage;
}
