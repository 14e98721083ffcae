import { ConfigResourceTypes, type Admin, type Kafka } from 'kafkajs';
import { allTopics, retentionMsFor } from '@kc/contracts';

/** Partitions per kind of topic: main topics spread dossiers over partitions; DLQs are small. */
export function partitionsFor(topic: string): number {
  if (topic.endsWith('.dlq')) return 1;
  if (topic.endsWith('.retry')) return 3;
  return 6;
}

const retentionEntry = (topic: string) => ({ name: 'retention.ms', value: String(retentionMsFor(topic)) });

/**
 * Copies per topic, from the infrastructure profile (infra/local/profile.sh): one on the single local
 * broker; three with `min.insync.replicas=2` on a cluster, so with acks=all a write survives one broker
 * down and is still accepted while one is down.
 */
export interface TopicReplication {
  replicationFactor: number;
  minInsyncReplicas: number;
}

export function topicReplicationFromEnv(env: NodeJS.ProcessEnv = process.env): TopicReplication {
  const count = (value: string | undefined) => (value && /^[1-9]$/.test(value) ? Number(value) : 1);
  return {
    replicationFactor: count(env.KAFKA_REPLICATION_FACTOR),
    minInsyncReplicas: count(env.KAFKA_MIN_INSYNC_REPLICAS),
  };
}

/**
 * Creates every topic of the registry that does not exist yet, with the registry's retention, and sets
 * that retention on existing topics whose retention differs (topics made before the registry named one);
 * returns the topics it created.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[] = allTopics(),
  replication: TopicReplication = topicReplicationFromEnv(),
): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        // kafkajs' own wait asks one broker and gives up when that broker has not heard of the new topic
        // yet (UNKNOWN_TOPIC_OR_PARTITION), which happens with several brokers: waitForLeaders() instead
        waitForLeaders: false,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: partitionsFor(topic),
          replicationFactor: replication.replicationFactor,
          configEntries: [
            retentionEntry(topic),
            { name: 'min.insync.replicas', value: String(replication.minInsyncReplicas) },
          ],
        })),
      });
    }
    if (missing.length > 0) await waitForLeaders(admin, missing);
    await alignRetention(
      admin,
      topics.filter((t) => existing.has(t)),
    );
    return missing;
  } finally {
    await admin.disconnect();
  }
}

/** Waits until every partition of the topics has a leader, as the brokers' metadata says. */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: described } = await admin.fetchTopicMetadata({ topics });
      if (described.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`no leader for every partition of ${topics.join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Sets `retention.ms` on the topics whose current value is not the registry's. */
async function alignRetention(admin: Admin, topics: string[]): Promise<void> {
  if (topics.length === 0) return;
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })),
  });
  const differing = described.resources.filter(
    (r) =>
      r.configEntries.find((e) => e.configName === 'retention.ms')?.configValue !==
      retentionEntry(r.resourceName).value,
  );
  if (differing.length === 0) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: differing.map((r) => ({
      type: ConfigResourceTypes.TOPIC,
      name: r.resourceName,
      configEntries: [retentionEntry(r.resourceName)],
    })),
  });
}
