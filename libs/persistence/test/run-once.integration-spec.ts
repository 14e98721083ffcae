// The one idempotency of workflow step activities, on the real database: a step delivered twice (the
// activity retried) does its work once and answers the first answer; a failed attempt leaves no trace.
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createIsolatedSchema } from '@kc/testing';
import { activityLogMigration, runOnce } from '../src';

describe('runOnce over a schema’s activity_log', () => {
  let db: Awaited<ReturnType<typeof createIsolatedSchema>>;
  let dataSource: DataSource;
  let schema: string;

  beforeAll(async () => {
    db = await createIsolatedSchema('run_once');
    ({ dataSource, schema } = db);
    // A table as ocop made it before the one definition (no result column): the migration brings it up.
    await dataSource.query(
      `CREATE TABLE "${schema}".activity_log (workflow_id text NOT NULL, sequence int NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (workflow_id, sequence))`,
    );
    const migration: MigrationInterface = new (activityLogMigration(schema))();
    const runner = dataSource.createQueryRunner();
    await migration.up(runner as QueryRunner);
    await migration.up(runner as QueryRunner); // and again, as a second service's migration would
    await runner.release();
  });
  afterAll(async () => db?.drop());

  it('does the work of a step delivered twice once, and answers the first answer both times', async () => {
    let done = 0;
    const step = () =>
      dataSource.transaction((m) =>
        runOnce(m, schema, { workflowId: 'wf-1', sequence: 1 }, async () => ({ dueAt: `answer ${++done}` })),
      );
    expect(await step()).toEqual({ dueAt: 'answer 1' });
    expect(await step()).toEqual({ dueAt: 'answer 1' });
    expect(done).toBe(1);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${schema}".activity_log`);
    expect(count).toBe(1);
  });

  it('keeps nothing of an attempt that failed, so the retry does the work', async () => {
    const key = { workflowId: 'wf-2', sequence: 7 };
    await expect(
      dataSource.transaction((m) =>
        runOnce(m, schema, key, async () => {
          throw new Error('Kafka outbox unavailable');
        }),
      ),
    ).rejects.toThrow('Kafka outbox unavailable');
    expect(await dataSource.transaction((m) => runOnce(m, schema, key, async () => 'written'))).toBe('written');
  });

  it('numbers steps per workflow: the same sequence of another workflow is another step', async () => {
    const answer = (workflowId: string) =>
      dataSource.transaction((m) => runOnce(m, schema, { workflowId, sequence: 3 }, async () => workflowId));
    expect([await answer('wf-a'), await answer('wf-b'), await answer('wf-a')]).toEqual(['wf-a', 'wf-b', 'wf-a']);
  });
});
