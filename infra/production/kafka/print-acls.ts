// Prints the kafka-acls.sh commands that give each service's principal exactly what it needs, derived from
// libs/contracts (topics, consumer groups, retry and DLQ topics), so a new subscription cannot be forgotten:
//   node scripts/run-ts.js infra/production/kafka/print-acls.ts > acls.sh && bash acls.sh
// BOOTSTRAP and ADMIN_CONFIG (a client.properties with the admin's SASL credentials) come from the environment.
import { dlqTopic, retryTopic, Subscriptions, Topics } from '@kc/contracts';

/** Which service's outbox publishes which topic (one producing service per topic). */
const PRODUCES: Record<string, readonly string[]> = {
  gateway: [Topics.identityEvents],
  applications: [Topics.applicationsEvents],
  appraisals: [Topics.appraisalsEvents],
  ocop: [Topics.ocopEvents],
  notifications: [Topics.notificationsEvents],
  operations: [],
};

const principal = (service: string) => `User:svc-${service}`;
const acl = (service: string, args: string) =>
  `kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add --allow-principal ${principal(service)} ${args}`;

const lines: string[] = ['#!/usr/bin/env bash', 'set -euo pipefail'];
for (const [service, topics] of Object.entries(PRODUCES)) {
  lines.push(`# ${service}`);
  for (const topic of topics) lines.push(acl(service, `--operation Write --operation Describe --topic ${topic}`));
  // The outbox relay's producer is idempotent.
  if (topics.length > 0) lines.push(acl(service, '--operation IdempotentWrite --cluster'));
  const group = service as keyof typeof Subscriptions;
  for (const topic of Subscriptions[group] ?? []) {
    lines.push(acl(service, `--operation Read --operation Describe --topic ${topic}`));
    // A failed message goes to the group's retry topic, is re-read from it, and ends in its DLQ.
    lines.push(
      acl(service, `--operation Read --operation Write --operation Describe --topic ${retryTopic(topic, group)}`),
    );
    lines.push(acl(service, `--operation Write --operation Describe --topic ${dlqTopic(topic, group)}`));
  }
  if ((Subscriptions[group] ?? []).length > 0)
    lines.push(acl(service, `--operation Read --operation Describe --group ${group} --resource-pattern-type prefixed`));
}
// notifications watches every DLQ's size to tell operators.
lines.push(acl('notifications', '--operation Describe --topic kc. --resource-pattern-type prefixed'));
console.log(lines.join('\n'));
