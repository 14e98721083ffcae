import type { Kafka, KafkaMessage } from 'kafkajs';
import { runFromEnds, topicEnds } from './topic-ends';
import { testTopic } from './test-env';

/**
 * Collects what arrives on topics from now on (a plain consumer, no inbox), for assertions: one consumer that
 * starts at the topics' current ends and keeps reading.
 */
export async function collectFrom(kafka: Kafka, topics: readonly string[], groupId: string) {
  const names = topics.map(testTopic);
  const received: { topic: string; message: KafkaMessage }[] = [];
  const ends = await topicEnds(kafka, names);
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: names });
  await runFromEnds(consumer, ends, {
    eachMessage: async ({ topic, message }) => void received.push({ topic, message }),
  });
  return { received, stop: () => consumer.disconnect() };
}
