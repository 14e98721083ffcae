import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';
import { Topics } from '@kc/contracts';
import { createKafka, ensureTopics } from '@kc/messaging';
import { testEnv, testTopic } from './test-env';

/**
 * A benchmark run that shares nothing with tests or earlier runs: its own topic prefix (`bench-<id>.`),
 * its own database (`khuyencong_test_bench_<id>`, so every app schema in it is new) on the profile's
 * server, and consumer groups named after the id by the caller. Leftover test events on the shared
 * `test.` topics once made the services under test retry them for the whole run (issue #14).
 * Child processes inherit it through TEST_KAFKA_TOPIC_PREFIX and TEST_DATABASE_URL.
 */
export async function startIsolatedBenchRun(name: string): Promise<{ id: string; cleanup(): Promise<void> }> {
  printMachineLoad(name);
  const id = randomBytes(3).toString('hex');
  const database = `khuyencong_test_bench_${id}`;
  const server = new URL(testEnv.databaseUrl);
  await withAdmin(server, (c) => c.query(`CREATE DATABASE "${database}"`));
  server.pathname = `/${database}`;
  testEnv.databaseUrl = server.toString();
  testEnv.topicPrefix = `bench-${id}.`;
  process.env.TEST_DATABASE_URL = testEnv.databaseUrl;
  process.env.TEST_KAFKA_TOPIC_PREFIX = testEnv.topicPrefix;
  const kafka = createKafka(`bench-${id}`, testEnv.kafkaBrokers);
  const topics = Object.values(Topics).map(testTopic);
  await ensureTopics(kafka, topics);
  console.log(`${name}: isolated run ${id}: topics ${testEnv.topicPrefix}*, database ${database}`);
  return {
    id,
    async cleanup() {
      const admin = kafka.admin();
      await admin.connect();
      const mine = (await admin.listTopics()).filter((t) => t.startsWith(testEnv.topicPrefix));
      await admin.deleteTopics({ topics: mine }).catch(() => undefined);
      await admin.disconnect();
      server.pathname = '/postgres';
      await withAdmin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).catch(
        (error: unknown) => console.warn(`could not drop ${database}: ${(error as Error).message}`),
      );
    },
  };
}

async function withAdmin<T>(server: URL, run: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(server);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The machine's load and core count, printed before a run: other work on the machine skews any figure. */
export function printMachineLoad(name: string): void {
  const [one, five, fifteen] = os.loadavg().map((l) => l.toFixed(2));
  const busy = fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.startsWith('R');
      } catch {
        return false;
      }
    }).length;
  console.log(
    `${name}: machine load ${one} ${five} ${fifteen} (1/5/15 min) on ${os.cpus().length} cores, ${busy} processes running now; INFRA_PROFILE=${process.env.INFRA_PROFILE ?? 'default'}`,
  );
}
