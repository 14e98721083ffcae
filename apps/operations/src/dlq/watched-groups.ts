import { dlqTopic, retryTopic, Subscriptions } from '@kc/contracts';
import { prefixedTopic } from '@kc/messaging';

export interface WatchedPair {
  group: string;
  /** The (prefixed) topic the group reads. */
  topic: string;
  dlq: string;
  retry: string;
}

/**
 * Every (consumer group, topic) pair of the registry, whose DLQ the operators watch. This service's own
 * group is named as it runs (tests run it under a group of their own).
 */
export function watchedPairs(prefix: string, ownGroup: string): WatchedPair[] {
  return Object.entries(Subscriptions).flatMap(([registered, topics]) => {
    const group = registered === 'operations' ? ownGroup : registered;
    return topics.map((t) => {
      const topic = prefixedTopic(t, prefix);
      return { group, topic, dlq: dlqTopic(topic, group), retry: retryTopic(topic, group) };
    });
  });
}
