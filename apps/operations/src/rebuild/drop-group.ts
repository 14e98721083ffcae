import type { Kafka } from 'kafkajs';

/** Deletes the rebuild's consumer groups and its retry and DLQ topics (best effort: leftovers are harmless). */
export async function dropGroup(kafka: Kafka, group: string, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteGroups([group, `${group}.retry`]).catch(() => undefined);
    await admin.deleteTopics({ topics }).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
