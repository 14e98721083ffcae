import type { Kafka, KafkaMessage } from 'kafkajs';
import { testTopic } from './test-env';

/**
 * Commits a not-yet-existing group's offsets at the topics' current ends, so a test's consumer sees only
 * what the test produces (the shared topics keep older runs' messages).
 */
export async function positionGroupAtEnd(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const topic of topics.map(testTopic)) {
      const offsets = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({
        groupId,
        topic,
        partitions: offsets.map((o) => ({ partition: o.partition, offset: o.high })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}

/** Collects what arrives on topics from now on (a plain consumer, no inbox), for assertions. */
export async function collectFrom(kafka: Kafka, topics: readonly string[], groupId: string) {
  const received: { topic: string; message: KafkaMessage }[] = [];
  await positionGroupAtEnd(kafka, groupId, topics);
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: topics.map(testTopic) });
  await consumer.run({ eachMessage: async ({ topic, message }) => void received.push({ topic, message }) });
  return { received, stop: () => consumer.disconnect() };
}
