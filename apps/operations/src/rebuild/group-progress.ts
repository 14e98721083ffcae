import type { Kafka } from 'kafkajs';

/** The end offset of every partition of the topics, now. */
export async function endOffsets(kafka: Kafka, topics: readonly string[]): Promise<Map<string, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = new Map<string, bigint>();
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}:${p.partition}`, BigInt(p.high));
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}

/** Partitions where the group's committed offset is still below the given end: what it has left to read. */
export async function remaining(
  kafka: Kafka,
  groupId: string,
  topics: readonly string[],
  ends: Map<string, bigint>,
): Promise<bigint> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    let left = 0n;
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics: [...topics] })) {
      for (const p of partitions) {
        const end = ends.get(`${topic}:${p.partition}`) ?? 0n;
        const committed = BigInt(p.offset) < 0n ? 0n : BigInt(p.offset);
        if (committed < end) left += end - committed;
      }
    }
    return left;
  } finally {
    await admin.disconnect();
  }
}

/** Whether a consumer group has live members (a running service). */
export async function groupIsActive(kafka: Kafka, groupId: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return groups.some((g) => g.members.length > 0);
  } finally {
    await admin.disconnect();
  }
}
