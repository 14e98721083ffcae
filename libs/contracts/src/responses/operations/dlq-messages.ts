// The operations API's dead-letter queues: the query, the parked messages as listed and as opened.

export interface DlqQuery {
  group?: string;
  originalTopic?: string;
  eventType?: string;
  reasonContains?: string;
  status?: 'PARKED' | 'REDRIVEN' | 'DISCARDED';
}
export interface DlqRow<At = string> {
  id: string;
  dlqTopic: string;
  consumerGroup: string;
  originalTopic: string;
  eventId: string | null;
  eventType: string | null;
  messageKey: string | null;
  reason: string | null;
  failedAt: At | null;
  status: 'PARKED' | 'REDRIVEN' | 'DISCARDED';
  handledBy: string | null;
  handledReason: string | null;
  handledAt: At | null;
}
/** A parked message with what is needed to send it again: its value and Kafka headers as they arrived. */
export interface DlqMessage<At = string> extends DlqRow<At> {
  value: string | null;
  headers: Record<string, string | null>;
}
export interface DlqDetail<At = string> extends DlqMessage<At> {
  /** The value read as JSON (the event's envelope), or null when it is not JSON. */
  envelope: unknown;
}
