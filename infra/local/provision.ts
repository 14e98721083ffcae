// Run by `infra.sh up` once the servers answer: Kafka topics and Temporal search attributes from the
// registry in libs/contracts (idempotent: only what is missing is created).
import { allTopics, TemporalNamespaces } from '@kc/contracts';
import { createKafka, ensureTopics, kafkaConfigSchema, prefixedTopic } from '@kc/messaging';
import { ensureSearchAttributes, temporalConfigSchema } from '@kc/temporal';

async function main(): Promise<void> {
  const { KAFKA_BROKERS, KAFKA_TOPIC_PREFIX } = kafkaConfigSchema.parse(process.env);
  const { TEMPORAL_ADDRESS } = temporalConfigSchema.parse(process.env);
  // The system's topics, and the test suite's own (prefixed `test.`) so tests never feed a running system.
  const prefixes = [...new Set([KAFKA_TOPIC_PREFIX, 'test.'])];
  const created = await ensureTopics(
    createKafka('provision', KAFKA_BROKERS),
    prefixes.flatMap((p) => allTopics().map((t) => prefixedTopic(t, p))),
  );
  console.log(created.length ? `kafka topics created: ${created.join(', ')}` : 'kafka topics: all present');
  const added = await ensureSearchAttributes(TEMPORAL_ADDRESS, Object.values(TemporalNamespaces));
  console.log(
    added.length ? `temporal search attributes added: ${added.join(', ')}` : 'temporal search attributes: all present',
  );
}

main().catch((error: unknown) => {
  console.error('provisioning failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
