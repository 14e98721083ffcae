// The Temporal half of infra/local/provision.ts, for clusters whose Kafka topics are Strimzi KafkaTopic
// resources (deploy/helm): adds the search attributes of libs/contracts to each namespace (idempotent).
// Run by the Helm chart's pre-install/pre-upgrade hook: node scripts/run-ts.js infra/docker/provision-temporal.ts
import { TemporalNamespaces } from '@kc/contracts';
import { ensureSearchAttributes, temporalConfigSchema } from '@kc/temporal';

async function main(): Promise<void> {
  const { TEMPORAL_ADDRESS } = temporalConfigSchema.parse(process.env);
  const namespaces = (process.env.TEMPORAL_NAMESPACES ?? Object.values(TemporalNamespaces).join(','))
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const added = await ensureSearchAttributes(TEMPORAL_ADDRESS, namespaces);
  console.log(added.length ? `temporal search attributes added: ${added.join(', ')}` : 'temporal search attributes: all present');
}

main().catch((error: unknown) => {
  console.error('temporal provisioning failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
