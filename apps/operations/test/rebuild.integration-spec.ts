import { randomBytes } from 'node:crypto';
import { Subscriptions } from '@kc/contracts';
import { WorkingDayCalendar, vietnamHolidays } from '@kc/domain';
import { expectEventually, testEnv, testTopic } from '@kc/testing';
import { rebuildReadModel } from '../src/rebuild/rebuild-read-model';
import { dossier } from './dossier-events';
import { startOperations, type OperationsHarness } from './operations-harness';

let ops: OperationsHarness;
const unit = `X-REBUILD-${randomBytes(4).toString('hex').toUpperCase()}`;
const target = `t_ops_live_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  ops = await startOperations();
  const a = dossier(unit, '11-02', '2026-11-13');
  const b = dossier(unit, '11-03', '2026-11-13');
  await ops.publish(
    b.submitted(),
    a.stage('11-02', null, 'RECEPTION', '11-04'),
    a.submitted(),
    a.stage('11-04', 'RECEPTION', 'LOCAL_REVIEW', '11-09'),
    a.supplementRequested('11-05', 'LOCAL_REVIEW'),
    a.supplementSubmitted('11-10'),
    a.refused('11-12'),
    a.stage('11-12', 'LOCAL_REVIEW', 'REFUSED', null),
    b.stage('11-03', null, 'RECEPTION', '11-05'),
  );
  await expectEventually(async () => {
    const rows = await ops.db.query(
      `SELECT count(*)::int AS n FROM operations.stage_visits WHERE case_unit_code = $1`,
      [unit],
    );
    expect(rows[0].n).toBe(3);
    const refused = await ops.db.query(
      `SELECT 1 FROM operations.cases WHERE unit_code = $1 AND decided_at IS NOT NULL`,
      [unit],
    );
    expect(refused).toHaveLength(1);
  }, 30_000);
});

afterAll(async () => {
  await ops?.owner.query(`DROP SCHEMA IF EXISTS "${target}" CASCADE`);
  await ops?.stop();
});

const snapshot = async (schema: string) => ({
  cases: await ops.owner.query(
    `SELECT to_jsonb(c) - 'updated_at' AS row FROM "${schema}".cases c WHERE unit_code = $1 ORDER BY case_id`,
    [unit],
  ),
  visits: await ops.owner.query(
    `SELECT to_jsonb(v) AS row FROM "${schema}".stage_visits v WHERE case_unit_code = $1 ORDER BY case_id, seq`,
    [unit],
  ),
  audit: await ops.owner.query(
    `SELECT action, case_code, reason, before, after FROM "${schema}".audit_log
     WHERE case_id IN (SELECT case_id FROM "${schema}".cases WHERE unit_code = $1) ORDER BY source_event_id`,
    [unit],
  ),
});

it('replays the topics from the earliest offset into a fresh schema, swaps it in, and gives the same read model', async () => {
  await ops.owner.query(`CREATE SCHEMA "${target}"`);
  const liveGroup = `${ops.group}-shadow`;
  const result = await rebuildReadModel({
    kafka: ops.kafka,
    databaseUrl: testEnv.databaseUrl,
    calendar: new WorkingDayCalendar(vietnamHolidays),
    liveSchema: target,
    liveGroup,
    topics: Subscriptions.operations.map(testTopic),
    swap: true,
    timeoutMs: 120_000,
  });
  expect(result).toBe(target);
  const live = await snapshot('operations');
  expect(live.cases).toHaveLength(2);
  expect(await snapshot(target)).toEqual(live);
  // The rebuilt inbox belongs to the live group now: a restarted service skips what the rebuild applied.
  const groups = await ops.owner.query(`SELECT DISTINCT consumer_group FROM "${target}".inbox`);
  expect(groups).toEqual([{ consumer_group: liveGroup }]);
  const old = await ops.owner.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, [`${target}_old_%`]);
  expect(old).toHaveLength(1);
  await ops.owner.query(`DROP SCHEMA "${old[0].nspname}" CASCADE`);
  // Longer than the rebuild's own 120 s: a slow rebuild fails with its reason and stops its consumers;
  // cut off by Jest instead, it would keep running after the test and keep Jest from exiting.
}, 150_000);
