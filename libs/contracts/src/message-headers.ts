// The headers of every message the outbox relay, the inbox and the failure routing put on Kafka.

/** Kafka header names the messaging library sets; values are strings. */
export const MessageHeaders = {
  eventType: 'kc-event-type',
  eventId: 'kc-event-id',
  correlationId: 'kc-correlation-id',
  attempt: 'kc-attempt',
  notBefore: 'kc-not-before',
  originalTopic: 'kc-original-topic',
  errorReason: 'kc-error-reason',
  failedAt: 'kc-failed-at',
  failedBy: 'kc-failed-by',
} as const;
