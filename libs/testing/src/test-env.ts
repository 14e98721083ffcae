import os from 'node:os';
import path from 'node:path';
import { prefixedTopic } from '@kc/messaging';
import { assertTestDatabase } from '@kc/persistence';

/** Addresses of the local infrastructure for integration tests (started by `npm run infra:up`). */
export const testEnv = {
  databaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://khuyencong:khuyencong@127.0.0.1:5432/khuyencong_test',
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  temporalAddress: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  temporalNamespace: process.env.TEMPORAL_TEST_NAMESPACE ?? 'khuyencong-test',
  /** Tests publish and consume only topics with this prefix, never the running system's. */
  topicPrefix: process.env.TEST_KAFKA_TOPIC_PREFIX ?? 'test.',
  smtpPort: Number(process.env.SMTP_PORT ?? 1025),
  mailUiPort: Number(process.env.MAIL_UI_PORT ?? 8025),
  /** Wrapper around Temporal's Java test server, written by `infra.sh up` (infra/local/temporal-test-server.sh). */
  temporalTestServerPath:
    process.env.TEMPORAL_TEST_SERVER_PATH ??
    path.join(
      process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'),
      'khuyencong',
      'bin',
      'temporal-test-server',
    ),
};

assertTestDatabase(testEnv.databaseUrl);

/** A topic name as the tests use it (prefixed). */
export function testTopic(topic: string): string {
  return prefixedTopic(topic, testEnv.topicPrefix);
}
