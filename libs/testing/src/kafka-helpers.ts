import type { Kafka, KafkaMessage } from 'kafkajs';
import { testTopic } from './test-env';

/**
 * Commits a not-yet-existing group's offsets at the topics' current ends, so a test's consumer sees only
 * what the test produces (the shared topics keep older runs' messages).
 */
export async function positionGroupAtEnd(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<void> {
  const names = topics.map(testTopic);
  const admin = kafka.admin();
  await admin.connect();
  const ends = await Promise.all(
    names.map(async (topic) => ({ topic, offsets: await admin.fetchTopicOffsets(topic) })),
  );
  await admin.disconnect();
  // What kafkajs's admin.setOffsets does, but for every topic in one group join and with a short fetch
  // wait: setOffsets joins once per topic and then waits out a 5 s empty fetch each time, which cost
  // every test harness about 5 s per subscribed topic.
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({ topics: names, fromBeginning: true });
  try {
    await new Promise<void>((resolve, reject) => {
      // The first fetch comes after the seeks below were committed (kafkajs commits a seek before fetching).
      consumer.on(consumer.events.FETCH, () => resolve());
      consumer.run({ eachBatchAutoResolve: false, eachBatch: async () => undefined }).catch(reject);
      consumer.pause(names.map((topic) => ({ topic })));
      for (const { topic, offsets } of ends) {
        for (const o of offsets) consumer.seek({ topic, partition: o.partition, offset: o.high });
      }
    });
  } finally {
    await consumer.disconnect();
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
