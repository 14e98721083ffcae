import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import type { Actor, OfficerAction, StageEvent, SupportRequestState } from '@kc/domain';
import { aliasWebpackHook, workflowsPath } from '@kc/temporal';
import { createTestWorkflowEnvironment, expectEventually, testEnv } from '@kc/testing';
import {
  officerActionUpdate,
  stateQuery,
  supplementSubmittedSignal,
  type SupportRequestActivities,
  type SupportRequestInput,
} from '../src';

const commune: Actor = { userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
const appraiser: Actor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const leader: Actor = { userId: 'ld-1', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' };
const member = (userId: string): Actor => ({ userId, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });

describe('supportRequestWorkflow on the real Temporal dev server (activities recorded)', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `approvals-test-${randomUUID()}`;
  const published: { applicationId: string; sequence: number; events: StageEvent[] }[] = [];
  const activities: SupportRequestActivities = {
    async publishStageEvents(input) {
      published.push(input);
    },
  };

  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
    worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: testEnv.temporalNamespace,
      taskQueue,
      workflowsPath: workflowsPath(),
      bundlerOptions: { webpackConfigHook: aliasWebpackHook() },
      activities,
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  async function start() {
    const applicationId = randomUUID();
    const input: SupportRequestInput = {
      applicationId,
      dossierCode: 'KC-2026-000777',
      programCode: 'MACHINERY',
      rulePackId: 'dong-nai-2025-07',
      localUnitCode: 'X-XUAN-LOC',
      maxSupportVnd: 200_000_000,
      council: ['hd-1', 'hd-2', 'hd-3'],
      quorum: { numerator: 2, denominator: 3 },
    };
    const handle = await env.client.workflow.start(WorkflowTypes.supportRequest, {
      taskQueue,
      workflowId: WorkflowIds.supportRequest(applicationId),
      args: [input],
    });
    const act = (actor: Actor, action: OfficerAction) =>
      handle.executeUpdate(officerActionUpdate, { args: [{ actor, action }] });
    return { applicationId, handle, act };
  }

  it('walks from reception to completion through officers’ updates and publishes every step in order', async () => {
    const { applicationId, handle, act } = await start();
    expect((await act(commune, { type: 'ACCEPT' })).stage).toBe('LOCAL_REVIEW');
    await act(commune, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(appraiser, { type: 'PROPOSE_AMOUNT', amountVnd: 180_000_000 });
    for (const id of ['hd-1', 'hd-2', 'hd-3']) await act(member(id), { type: 'DECLARE_CONFLICT', hasConflict: false });
    for (const id of ['hd-1', 'hd-2', 'hd-3']) await act(member(id), { type: 'VOTE', approve: true });
    await act(leader, { type: 'APPROVE' });
    await act(appraiser, { type: 'RECORD_ACCEPTANCE', passed: true, note: 'Nghiệm thu đạt' });
    await act(appraiser, { type: 'RECORD_DISBURSEMENT', amountVnd: 180_000_000 });
    const result = (await handle.result()) as SupportRequestState;
    expect(result).toMatchObject({ stage: 'COMPLETED', acceptedAmountVnd: 180_000_000, disbursedVnd: 180_000_000 });

    const ours = published.filter((p) => p.applicationId === applicationId);
    expect(ours.map((p) => p.sequence)).toEqual(ours.map((_, i) => i + 1));
    const stages = ours
      .flatMap((p) => p.events)
      .filter((e) => e.type === 'StageChanged')
      .map((e) => (e as { to: string }).to);
    expect(stages).toEqual([
      'RECEPTION',
      'LOCAL_REVIEW',
      'DEPARTMENT_APPRAISAL',
      'COUNCIL_REVIEW',
      'LEADER_APPROVAL',
      'IMPLEMENTATION',
      'ACCEPTANCE',
      'DISBURSEMENT',
      'COMPLETED',
    ]);
  });

  it('rejects an officer of another commune with a clear message and changes nothing', async () => {
    const { handle, act } = await start();
    const stranger: Actor = { userId: 'xa-9', roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' };
    const error = await act(stranger, { type: 'ACCEPT' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((error as WorkflowUpdateFailedError).cause?.message)).toMatch(/Hồ sơ thuộc đơn vị khác/);
    expect((await handle.query(stateQuery)).stage).toBe('RECEPTION');
    await act(commune, { type: 'REFUSE', reason: 'Không thuộc đối tượng hỗ trợ' });
    expect(((await handle.result()) as SupportRequestState).stage).toBe('REFUSED');
  });

  it('pauses for a supplement until the applicant’s signal, and keeps the stage in a search attribute', async () => {
    const { handle, act } = await start();
    await act(commune, {
      type: 'REQUEST_SUPPLEMENT',
      items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Báo giá chưa đóng dấu' }],
    });
    await expect(act(commune, { type: 'ACCEPT' })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await handle.signal(supplementSubmittedSignal, { supplementRequestId: 'sr-1', documentIds: ['d-1'] });
    await expectEventually(async () => expect((await handle.query(stateQuery)).awaitingSupplement).toBe(false));
    await act(commune, { type: 'ACCEPT' });
    const stageKey = defineSearchAttributeKey('KcStage', SearchAttributeType.KEYWORD);
    await expectEventually(async () =>
      expect((await handle.describe()).typedSearchAttributes.get(stageKey)).toBe('LOCAL_REVIEW'),
    );
    await handle.terminate('test finished');
  });
});
