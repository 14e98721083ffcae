import { randomBytes, randomUUID } from 'node:crypto';
import { ConfigResourceTypes } from 'kafkajs';
import { TopicRetentionMs } from '@kc/contracts';
import { createIsolatedSchema, testEnv } from '@kc/testing';
import { createKafka, ensureTopics, sweepInbox } from '../src';

describe('inbox retention', () => {
  it('deletes processed inbox rows older than the retention and keeps the recent ones', async () => {
    const { dataSource, schema, drop } = await createIsolatedSchema('inbox_retention');
    try {
      const insert = (age: string) =>
        dataSource.query(
          `INSERT INTO "${schema}".inbox (consumer_group, event_id, event_type, topic, received_at)
           VALUES ('g', $1, 'ApplicationSubmitted', 't', now() - $2::interval)`,
          [randomUUID(), age],
        );
      for (let i = 0; i < 7; i++) await insert('40 days');
      await insert('29 days');
      await insert('1 minute');
      expect(await sweepInbox(dataSource, { schema, retentionDays: 30, batchSize: 3 })).toBe(7);
      const left = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".inbox`);
      expect(left[0].n).toBe(2);
    } finally {
      await drop();
    }
  });
});

describe('topic retention from the registry', () => {
  it('creates a domain topic that keeps its events forever, and corrects an existing topic’s retention', async () => {
    const kafka = createKafka('retention-test', testEnv.kafkaBrokers);
    const main = `${testEnv.topicPrefix}retention-${randomBytes(3).toString('hex')}.events.v1`;
    const dlq = `${main}.g.dlq`;
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: [{ topic: dlq, numPartitions: 1, configEntries: [{ name: 'retention.ms', value: '1000' }] }],
      });
      await ensureTopics(kafka, [main, dlq]);
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [main, dlq].map((name) => ({
          type: ConfigResourceTypes.TOPIC,
          name,
          configNames: ['retention.ms'],
        })),
      });
      const retention = Object.fromEntries(
        described.resources.map((r) => [r.resourceName, r.configEntries[0].configValue]),
      );
      expect(retention).toEqual({ [main]: String(TopicRetentionMs.domain), [dlq]: String(TopicRetentionMs.dlq) });
    } finally {
      await admin.deleteTopics({ topics: [main, dlq] }).catch(() => undefined);
      await admin.disconnect();
    }
  });
});
