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
const taskQueue = `explorer-${randomBytes(3).toString('hex')}`;
const unit = `X-WF-${randomBytes(3).toString('hex').toUpperCase()}`;
const workflowId = `explorer-probe/${randomBytes(4).toString('hex')}`;

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
  await env?.client.workflow
    .getHandle(workflowId)
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
