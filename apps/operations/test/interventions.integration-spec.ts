import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  createTestWorkflowEnvironment,
  expectEventually,
  runTestWorker,
  testEnv,
  type RunningTestWorker,
} from '@kc/testing';
import { startOperations, type OperationsHarness } from './operations-harness';

let ops: OperationsHarness;
let env: TestWorkflowEnvironment;
let worker: RunningTestWorker;
let operator: string;
const taskQueue = `interventions-${randomBytes(3).toString('hex')}`;
const unit = `X-IV-${randomBytes(3).toString('hex').toUpperCase()}`;
const ids = ['a', 'b', 'c'].map((x) => `intervention-probe/${unit}/${x}`);

beforeAll(async () => {
  ops = await startOperations();
  operator = await ops.token(['OPERATOR']);
  env = await createTestWorkflowEnvironment();
  worker = await runTestWorker(env, {
    taskQueue,
    namespace: testEnv.temporalNamespace,
    workflowsPath: path.join(__dirname, 'fixtures/explorer.workflows.ts'),
    activities: {},
  });
  for (const [i, workflowId] of ids.entries()) {
    await env.client.workflow.start('interventionProbeWorkflow', {
      taskQueue,
      workflowId,
      args: [{ refuse: i === 2 }],
      typedSearchAttributes: [{ key: defineSearchAttributeKey('KcUnit', SearchAttributeType.KEYWORD), value: unit }],
    });
  }
});

afterAll(async () => {
  for (const id of ids)
    await env?.client.workflow
      .getHandle(id)
      .terminate('test over')
      .catch(() => undefined);
  await worker?.stop();
  await ops?.stop();
});

const extensionsOf = (id: string) =>
  env.client.workflow
    .getHandle(id)
    .query<{ extensions: number }>('state')
    .then((s) => s.extensions);

it('extends deadlines over a filter: a dry run counts, the batch keeps each item’s result, one refused', async () => {
  const body = {
    filter: { unit },
    action: { type: 'EXTEND_DEADLINE', workingDays: 3 },
    reason: 'Hệ thống cổng dịch vụ công gián đoạn',
  };
  const dry = await expectEventually(async () => {
    const r = await ops.get('/interventions/batches', operator, body);
    expect(r.body.matched).toBe(3);
    return r.body;
  }, 20_000);
  expect(dry.dryRun).toBe(true);
  expect(await Promise.all(ids.map(extensionsOf))).toEqual([0, 0, 0]);

  const started = await ops.get('/interventions/batches', operator, { ...body, dryRun: false });
  const jobId = started.body.jobId as string;
  const report = await expectEventually(async () => {
    const r = await ops.get(`/interventions/batches/${jobId}`, operator);
    expect(r.body.status).toBe('DONE');
    return r.body;
  }, 20_000);
  expect(report.counts).toEqual({ DONE: 2, FAILED: 1 });
  const failed = report.items.find((i: { status: string }) => i.status === 'FAILED');
  expect(failed).toMatchObject({ workflowId: ids[2], error: expect.stringContaining('không có thời hạn') });
  expect(await Promise.all(ids.map(extensionsOf))).toEqual([1, 1, 0]);

  // Resuming acts on nothing twice: the done items are not pending, and each Update id is the job's.
  await ops.db.query(`UPDATE operations.batch_items SET status = 'PENDING' WHERE job_id = $1 AND workflow_id = $2`, [
    jobId,
    ids[0],
  ]);
  expect((await ops.get(`/interventions/batches/${jobId}/resume`, operator, {})).status).toBe(202);
  await expectEventually(async () =>
    expect((await ops.get(`/interventions/batches/${jobId}`, operator)).body.counts).toEqual({ DONE: 2, FAILED: 1 }),
  );
  expect(await Promise.all(ids.map(extensionsOf))).toEqual([1, 1, 0]);

  const audit = await ops.get(`/audit?action=OperatorEXTEND_DEADLINE&pageSize=100`, operator);
  const mine = audit.body.items.filter((r: { after: { batchJob?: string } }) => r.after?.batchJob === jobId);
  expect(mine.length).toBeGreaterThanOrEqual(2);
  expect(mine[0]).toMatchObject({ reason: body.reason, before: { stage: 'DEPARTMENT_APPRAISAL' } });
});

it('runs one intervention, answering the workflow’s refusal as a bilingual 409', async () => {
  const ok = await ops.get('/interventions', operator, {
    workflowId: ids[1],
    action: { type: 'EXTEND_DEADLINE', workingDays: 2 },
    reason: 'Chờ ý kiến Sở Tài chính',
  });
  expect(ok.status).toBe(200);
  const refused = await ops.get('/interventions', operator, {
    workflowId: ids[2],
    action: { type: 'EXTEND_DEADLINE', workingDays: 2 },
    reason: 'Chờ ý kiến Sở Tài chính',
  });
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({
    message: expect.stringContaining('không có thời hạn'),
    messageEn: expect.stringContaining('no running deadline'),
  });
  expect(
    (await ops.get('/interventions', operator, { workflowId: ids[1], action: { type: 'CANCEL' }, reason: 'x' })).status,
  ).toBe(400);
  expect(
    (
      await ops.get('/interventions', await ops.token(['LOCAL_LEADER'], unit), {
        workflowId: ids[1],
        action: { type: 'CANCEL' },
        reason: 'Lý do đủ dài',
      })
    ).status,
  ).toBe(403);
});
