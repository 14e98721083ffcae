// Jest globalSetup for the integration tier: fail fast, with the fix, when the local servers are not up.
import { Client } from 'pg';
import { createKafka, ensureTopics } from '@kc/messaging';
import { allTopics } from '@kc/contracts';
import { testEnv, testTopic } from './test-env';

export default async function globalSetup(): Promise<void> {
  const hint = 'Start the local infrastructure with `npm run infra:up` (npm test does it for you).';
  const pg = new Client({ connectionString: testEnv.databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (error) {
    throw new Error(`PostgreSQL test database unreachable (${(error as Error).message}). ${hint}`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  try {
    await ensureTopics(createKafka('test-setup', testEnv.kafkaBrokers), allTopics().map(testTopic));
  } catch (error) {
    throw new Error(`Kafka unreachable at ${testEnv.kafkaBrokers.join(',')} (${(error as Error).message}). ${hint}`);
  }
}
