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
import { Context } from '@temporalio/activity';
import { WorkingDayCalendar } from '@kc/domain';
import { loadHolidayTables } from '@kc/platform';
import { vietnamDay } from '../src/read-model/working-time';
import { startOperations, type OperationsHarness } from './operations-harness';

let ops: OperationsHarness;
let env: TestWorkflowEnvironment;
let worker: RunningTestWorker;
let operator: string;
const taskQueue = `explorer-${randomBytes(3).toString('hex')}`;
const unit = `X-WF-${randomBytes(3).toString('hex').toUpperCase()}`;
const workflowId = `explorer-probe/${randomBytes(4).toString('hex')}`;
const idleUnit = `X-WF-${randomBytes(3).toString('hex').toUpperCase()}`;
const idleIds = ['slowProbeWorkflow', 'personProbeWorkflow'].map((t) => `${t}/${randomBytes(4).toString('hex')}`);

beforeAll(async () => {
  ops = await startOperations();
  operator = await ops.token(['OPERATOR']);
  env = await createTestWorkflowEnvironment();
  worker = await runTestWorker(env, {
    taskQueue,
    namespace: testEnv.temporalNamespace,
    workflowsPath: path.join(__dirname, 'fixtures/explorer.workflows.ts'),
    activities: {
      callProvider: async () => {
        throw new Error('máy chủ cổng dịch vụ công không trả lời');
      },
      // Hangs until the worker stops (then it is cancelled).
      waitForProvider: () => Context.current().sleep(3_600_000),
    },
  });
  await env.client.workflow.start('explorerProbeWorkflow', {
    taskQueue,
    workflowId,
    typedSearchAttributes: [
      { key: defineSearchAttributeKey('KcStage', SearchAttributeType.KEYWORD), value: 'DEPARTMENT_APPRAISAL' },
      { key: defineSearchAttributeKey('KcUnit', SearchAttributeType.KEYWORD), value: unit },
      { key: defineSearchAttributeKey('KcOverdue', SearchAttributeType.BOOL), value: true },
    ],
  });
});

afterAll(async () => {
  for (const id of [workflowId, ...idleIds])
    await env?.client.workflow
      .getHandle(id)
      .terminate('test over')
      .catch(() => undefined);
  await worker?.stop();
  await ops?.stop();
});

it('lists workflows by their Kc search attributes, with a deep link to the Temporal UI', async () => {
  const res = await expectEventually(async () => {
    const r = await ops.get(`/workflows?unit=${unit}&stage=DEPARTMENT_APPRAISAL&overdue=true`, operator);
    expect(r.body.items).toHaveLength(1);
    return r;
  }, 20_000);
  expect(res.body.items[0]).toMatchObject({ workflowId, stage: 'DEPARTMENT_APPRAISAL', unit, status: 'RUNNING' });
  expect(res.body.items[0].temporalUi).toContain(`/workflows/${encodeURIComponent(workflowId)}/`);
  expect((await ops.get(`/workflows?unit=${unit}&stage=COUNCIL_REVIEW`, operator)).body.items).toHaveLength(0);
  expect((await ops.get(`/workflows?unit=x'y`, operator)).status).toBe(400);
});

it('finds it stuck on a retrying activity, with the last failure, and reads its history in Vietnamese', async () => {
  const stuck = await expectEventually(async () => {
    const r = await ops.get(`/workflows/stuck?unit=${unit}&minAttempts=3`, operator);
    expect(r.body.items).toHaveLength(1);
    return r.body.items[0];
  }, 20_000);
  expect(stuck).toMatchObject({ workflowId, cause: 'ACTIVITY_RETRYING', activity: 'callProvider' });
  expect(stuck.lastFailure).toContain('không trả lời');
  const history = await ops.get(`/workflows/${encodeURIComponent(workflowId)}/history`, operator);
  expect(history.body.items.map((l: { text: string }) => l.text)).toEqual(
    expect.arrayContaining(['Bắt đầu quy trình explorerProbeWorkflow', 'Giao việc tự động: callProvider']),
  );
  expect((await ops.get(`/workflows/${encodeURIComponent('no/such')}`, operator)).status).toBe(404);
});

it('finds a workflow with machine work outstanding and no progress for N working hours, not one waiting on a person', async () => {
  for (const id of idleIds)
    await env.client.workflow.start(id.split('/')[0], {
      taskQueue,
      workflowId: id,
      typedSearchAttributes: [
        { key: defineSearchAttributeKey('KcUnit', SearchAttributeType.KEYWORD), value: idleUnit },
      ],
    });
  const [slow] = idleIds;
  // A working day is 24 h of wall time for 8 working hours: 0.0003 working hours is 3.24 s of a working day.
  // On a weekend or a public holiday the working clock stands still.
  const workingToday = new WorkingDayCalendar(loadHolidayTables(undefined)).isWorkingDay(vietnamDay(Date.now()));
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const stuck = await expectEventually(async () => {
    const r = await ops.get(`/workflows/stuck?unit=${idleUnit}&noProgressHours=0.0003`, operator);
    expect(r.status).toBe(200);
    expect(r.body.scanned).toBe(2);
    return r.body;
  }, 20_000);
  if (!workingToday) {
    expect(stuck.items).toEqual([]);
    return;
  }
  expect(stuck.items).toHaveLength(1);
  expect(stuck.items[0]).toMatchObject({
    workflowId: slow,
    cause: 'NO_PROGRESS_WORKING_HOURS',
    activity: 'waitForProvider',
    lastFailure: null,
    waitingOnPerson: false,
  });
  expect(stuck.items[0].workingHoursWithoutProgress).toBeGreaterThanOrEqual(0.0003);
  // With the configured threshold (8 working hours) nothing has stalled that long yet.
  expect((await ops.get(`/workflows/stuck?unit=${idleUnit}`, operator)).body.items).toEqual([]);
  expect((await ops.get(`/workflows/stuck?unit=${idleUnit}&noProgressHours=-1`, operator)).status).toBe(400);
});
