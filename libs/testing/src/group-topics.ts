import type { Kafka } from 'kafkajs';
import { dlqTopic, retryTopic } from '@kc/contracts';
import { ensureTopics } from '@kc/messaging';
import { testTopic } from './test-env';

/** Creates the retry and DLQ topics of a test's own consumer group; `remove` deletes them afterwards. */
export async function createGroupTopics(kafka: Kafka, group: string, topics: readonly string[]) {
  const names = topics.map(testTopic).flatMap((t) => [retryTopic(t, group), dlqTopic(t, group)]);
  await ensureTopics(kafka, names);
  return {
    names,
    async remove() {
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics: names }).catch(() => undefined);
      await admin.deleteGroups([group, `${group}.retry`]).catch(() => undefined);
      await admin.disconnect();
    },
  };
}
