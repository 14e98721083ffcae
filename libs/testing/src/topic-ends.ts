import type { Consumer, Kafka } from 'kafkajs';

export type TopicEnds = { topic: string; offsets: { partition: number; high: string }[] }[];

/** Each topic's partitions and their high watermarks now. */
export async function topicEnds(kafka: Kafka, names: string[]): Promise<TopicEnds> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await Promise.all(names.map(async (topic) => ({ topic, offsets: await admin.fetchTopicOffsets(topic) })));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Starts `consumer` (already subscribed) at the topics' recorded ends, and resolves on its first fetch:
 * kafkajs commits a seek before fetching, so by then the group's offsets are the ends. What kafkajs's
 * admin.setOffsets does, but for every topic in one group join and with a short fetch wait: setOffsets joins
 * once per topic and then waits out a 5 s empty fetch each time.
 */
export function runFromEnds(consumer: Consumer, ends: TopicEnds, run: Parameters<Consumer['run']>[0]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const removeListener = consumer.on(consumer.events.FETCH, () => {
      removeListener();
      resolve();
    });
    consumer.run(run).catch(reject);
    for (const { topic, offsets } of ends) {
      for (const o of offsets) consumer.seek({ topic, partition: o.partition, offset: o.high });
    }
  });
}
