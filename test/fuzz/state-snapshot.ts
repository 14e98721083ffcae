// What "nothing changed" means for the fuzzer: every table of every service's schema (row count and a
// checksum of its rows) and the end offsets of every Kafka topic the system writes under the test prefix.
import { Client } from 'pg';
import { allTopics } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import { testEnv, testTopic } from '@kc/testing';

export type Snapshot = Record<string, string>;

/** `schema.table` -> "<rows>:<md5 of the sorted rows>", for every table of the given schemas. */
export async function databaseSnapshot(databaseUrl: string, schemas: readonly string[]): Promise<Snapshot> {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const { rows: tables } = await pg.query<{ s: string; t: string }>(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
        WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [schemas],
    );
    const snapshot: Snapshot = {};
    for (const { s, t } of tables) {
      const { rows } = await pg.query<{ n: string; sum: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS sum FROM "${s}"."${t}" x`,
      );
      snapshot[`${s}.${t}`] = `${rows[0]!.n}:${rows[0]!.sum ?? '-'}`;
    }
    return snapshot;
  } finally {
    await pg.end();
  }
}

/** `topic` -> sum of its partitions' end offsets, for every (prefixed) topic in the catalogue. */
export async function kafkaSnapshot(): Promise<Snapshot> {
  const admin = createKafka('fuzz-offsets', testEnv.kafkaBrokers).admin();
  await admin.connect();
  try {
    const snapshot: Snapshot = {};
    for (const topic of allTopics().map(testTopic)) {
      const offsets = await admin.fetchTopicOffsets(topic);
      snapshot[topic] = String(offsets.reduce((sum, p) => sum + Number(p.high), 0));
    }
    return snapshot;
  } finally {
    await admin.disconnect();
  }
}

/** The keys whose values differ ("key: before -> after"). */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).map((k) => `${k}: ${before[k]} -> ${after[k]}`);
}
