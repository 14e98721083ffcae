import type { Kafka } from 'kafkajs';

/** Messages ever written to each topic (sum of partitions' end offsets; retention is not subtracted). */
export async function dlqMessageCounts(kafka: Kafka, topics: string[]): Promise<Map<string, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const counts = new Map<string, number>();
    for (const topic of topics.filter((t) => existing.has(t))) {
      const offsets = await admin.fetchTopicOffsets(topic);
      counts.set(
        topic,
        offsets.reduce((sum, o) => sum + Number(o.high), 0),
      );
    }
    return counts;
  } finally {
    await admin.disconnect();
  }
}
