import type { Kafka } from 'kafkajs';
import { allTopics } from '@kc/contracts';

/** Partitions per kind of topic: main topics spread dossiers over partitions; DLQs are small. */
export function partitionsFor(topic: string): number {
  if (topic.endsWith('.dlq')) return 1;
  if (topic.endsWith('.retry')) return 3;
  return 6;
}

/** Creates every topic of the registry that does not exist yet; returns the ones it created. */
export async function ensureTopics(kafka: Kafka, topics: string[] = allTopics()): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitionsFor(topic), replicationFactor: 1 })),
      });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}
