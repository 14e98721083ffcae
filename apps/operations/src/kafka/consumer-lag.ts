import type { Kafka } from 'kafkajs';
import type { PartitionLag } from '@kc/contracts';

/**
 * Lag per consumer group and partition: the topic's end offset minus the group's committed offset (the
 * whole partition when the group never committed). All groups the broker knows, or one.
 */
export async function consumerLag(kafka: Kafka, onlyGroup?: string): Promise<PartitionLag[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const groups = onlyGroup ? [onlyGroup] : (await admin.listGroups()).groups.map((g) => g.groupId).sort();
    const ends = new Map<string, Map<number, bigint>>();
    const endOf = async (topic: string) => {
      if (!ends.has(topic)) {
        const offsets = await admin.fetchTopicOffsets(topic);
        ends.set(topic, new Map(offsets.map((o) => [o.partition, BigInt(o.high)])));
      }
      return ends.get(topic)!;
    };
    const rows: PartitionLag[] = [];
    for (const group of groups) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId: group })) {
        const end = await endOf(topic);
        for (const p of partitions) {
          const high = end.get(p.partition) ?? 0n;
          const committed = BigInt(p.offset) < 0n ? 0n : BigInt(p.offset);
          rows.push({
            group,
            topic,
            partition: p.partition,
            committed: String(committed),
            end: String(high),
            lag: String(high - committed),
          });
        }
      }
    }
    return rows;
  } finally {
    await admin.disconnect();
  }
}
