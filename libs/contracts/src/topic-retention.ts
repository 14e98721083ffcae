// How long Kafka keeps each kind of topic; provisioning (ensureTopics) and the Helm chart's KafkaTopics use it.

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
