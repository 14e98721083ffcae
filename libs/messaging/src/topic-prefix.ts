/**
 * Topic names can carry a prefix (KAFKA_TOPIC_PREFIX), so tests and benchmarks on a developer's machine
 * use their own topics and never feed the running system, which reads the unprefixed ones.
 */
export function prefixedTopic(topic: string, prefix: string): string {
  return !prefix || topic.startsWith(prefix) ? topic : `${prefix}${topic}`;
}
