import { Kafka, logLevel } from 'kafkajs';

/**
 * Waits until every broker's metadata has the topics, each partition with a leader. ensureTopics waits on
 * one broker's metadata; on the cluster profile a client that asks another broker right after
 * (consumer.subscribe) can be told UNKNOWN_TOPIC_OR_PARTITION, which kafkajs does not retry there, and the
 * run dies before it measures anything. A client given one bootstrap broker reads that broker's metadata.
 */
export async function everyBrokerKnows(brokers: string[], topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const broker of brokers) {
    const admin = new Kafka({ clientId: 'bench-metadata', brokers: [broker], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      for (;;) {
        const known = await admin
          .fetchTopicMetadata({ topics })
          .then((m) => m.topics.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))
          .catch(() => false);
        if (known) break;
        if (Date.now() > deadline)
          throw new Error(`broker ${broker} does not know ${topics.join(', ')} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await admin.disconnect();
    }
  }
}
