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
