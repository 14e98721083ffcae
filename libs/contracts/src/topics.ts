/**
 * The one registry of Kafka topic and consumer-group names. No other file spells a topic.
 * Every topic carries events of one producing service; keys are aggregate ids (per-dossier order).
 */
export const Topics = {
  applicationsEvents: 'kc.applications.events.v1',
  appraisalsEvents: 'kc.appraisals.events.v1',
  ocopEvents: 'kc.ocop.events.v1',
  notificationsEvents: 'kc.notifications.events.v1',
  /** Accounts created or changed in the gateway (its outbox): services that address people keep a copy. */
  identityEvents: 'kc.identity.events.v1',
} as const;
export type Topic = (typeof Topics)[keyof typeof Topics];

/** Consumer groups, one per consuming service. */
export const ConsumerGroups = {
  applications: 'applications',
  appraisals: 'appraisals',
  ocop: 'ocop',
  notifications: 'notifications',
  operations: 'operations',
} as const;
export type ConsumerGroup = (typeof ConsumerGroups)[keyof typeof ConsumerGroups];

/** Which group reads which topics; provisioning creates a retry and a DLQ topic for each pair. */
export const Subscriptions: Readonly<Record<ConsumerGroup, readonly Topic[]>> = {
  applications: [Topics.appraisalsEvents],
  // The staff copy (identity events) is what council seating is checked against.
  appraisals: [Topics.applicationsEvents, Topics.identityEvents],
  // Its own staff copy, for the same check when an OCOP council is seated.
  ocop: [Topics.identityEvents],
  notifications: [Topics.applicationsEvents, Topics.appraisalsEvents, Topics.ocopEvents, Topics.identityEvents],
  operations: [
    Topics.applicationsEvents,
    Topics.appraisalsEvents,
    Topics.ocopEvents,
    Topics.notificationsEvents,
    Topics.identityEvents,
  ],
};

const DAY_MS = 86_400_000;

/**
 * How long Kafka keeps each kind of topic (`retention.ms`, -1 = forever). Domain topics are the history
 * read models are rebuilt from (`npm run ops:rebuild` replays from the earliest offset), so Kafka's 7-day
 * default would silently make a rebuild incomplete. Retry topics only bridge a backoff; DLQs wait for an
 * operator, so they keep a quarter.
 */
export const TopicRetentionMs = {
  domain: -1,
  retry: 7 * DAY_MS,
  dlq: 90 * DAY_MS,
} as const;

/** The retention of a topic (prefixed or not), by its kind. */
export function retentionMsFor(topic: string): number {
  if (topic.endsWith('.dlq')) return TopicRetentionMs.dlq;
  if (topic.endsWith('.retry')) return TopicRetentionMs.retry;
  return TopicRetentionMs.domain;
}

/** Where a group re-reads a message whose handler failed, after a backoff. */
export function retryTopic(topic: string, group: string): string {
  return `${topic}.${group}.retry`;
}

/** Where a group parks a message it gave up on (invalid, or failed every retry), with the reason in headers. */
export function dlqTopic(topic: string, group: string): string {
  return `${topic}.${group}.dlq`;
}

/** Every topic the system needs, main ones first: the list provisioning creates. */
export function allTopics(): string[] {
  const names = new Set<string>(Object.values(Topics));
  for (const [group, topics] of Object.entries(Subscriptions)) {
    for (const topic of topics) {
      names.add(retryTopic(topic, group));
      names.add(dlqTopic(topic, group));
    }
  }
  return [...names];
}

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
