import type { Kafka } from 'kafkajs';
import { testTopic } from './test-env';
import { runFromEnds, topicEnds } from './topic-ends';

/**
 * Commits a not-yet-existing group's offsets at the topics' current ends, so a test's consumer sees only
 * what the test produces (the shared topics keep older runs' messages).
 */
export async function positionGroupAtEnd(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<void> {
  const names = topics.map(testTopic);
  const ends = await topicEnds(kafka, names);
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({ topics: names, fromBeginning: true });
  try {
    const paused = runFromEnds(consumer, ends, { eachBatchAutoResolve: false, eachBatch: async () => undefined });
    consumer.pause(names.map((topic) => ({ topic })));
    await paused;
  } finally {
    await consumer.disconnect();
  }
}
