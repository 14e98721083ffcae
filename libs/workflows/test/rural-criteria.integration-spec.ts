import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import {
  findTemplate,
  ruralPackForRegistration,
  ruralProcedureForRegistration,
  type RuralAction,
  type RuralActor,
  type RuralSelfAssessment,
} from '@kc/domain/rural-criteria';
import {
  createTestWorkflowEnvironment,
  createTimeSkippingWorkflowEnvironment,
  runTestWorker,
  testEnv,
  type RunningTestWorker,
} from '@kc/testing';
import {
  ruralActionUpdate,
  ruralStateQuery,
  type RuralCriteriaActivities,
  type RuralCriteriaInput,
  type RuralStepInput,
} from '../src';

const appraiser: RuralActor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const leader: RuralActor = { userId: 'ld-1', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' };

function inputFor(registeredOn: string, communeCode: string, districtCode: string | null): RuralCriteriaInput {
  const pack = ruralPackForRegistration(registeredOn);
  return {
    appraisalId: randomUUID(),
    communeCode,
    districtCode,
    level: 'ADVANCED',
    targetYear: Number(registeredOn.slice(0, 4)),
    packId: pack.id,
    templateId: findTemplate(pack, { level: 'ADVANCED', region: 'SOUTH_EAST' })!.id,
    procedureId: ruralProcedureForRegistration(registeredOn).id,
  };
}

function assessmentFor(templateId: string): RuralSelfAssessment {
  const pack = ruralPackForRegistration('2025-01-01');
  const t = pack.templates.find((x) => x.id === templateId)!;
  return {
    households: 2400,
    householdsDirect: 2400,
    gridMeetsStandard: true,
    market: null,
    store: { type: 'MINI_SUPERMARKET', meetsStandard: true },
    evidence: Object.fromEntries(t.indicators.map((i) => [i.code, i.evidence.map((_, n) => `TL-${n}`)])),
  };
}

/** Records steps as the appraisals service would, answering a due date for stages with a deadline. */
function recordingActivities(steps: RuralStepInput[]): RuralCriteriaActivities {
  return {
    async recordRuralStep(input) {
      steps.push(input);
      // As the service would: a supplement has two weeks, the power company one; other stages none here.
      const days =
        input.step.kind === 'STAGE_CHANGED'
          ? { SUPPLEMENT: 14, POWER_CONFIRMATION: 7 }[input.step.to as string]
          : undefined;
      const dueAt = days ? new Date(Date.parse(input.at) + days * 86_400_000).toISOString() : null;
      return { dueAt };
    },
  };
}

describe('ruralCriteriaAppraisalWorkflow on the real Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningTestWorker | undefined;
  const taskQueue = `rural-test-${randomUUID()}`;
  const steps: RuralStepInput[] = [];

  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
    worker = await runTestWorker(env, {
      taskQueue,
      activities: recordingActivities(steps),
      namespace: testEnv.temporalNamespace,
    });
  });
  afterAll(async () => worker?.stop());

  async function start(input: RuralCriteriaInput) {
    const handle = await env.client.workflow.start(WorkflowTypes.ruralCriteriaAppraisal, {
      taskQueue,
      workflowId: WorkflowIds.ruralCriteriaAppraisal(input.appraisalId),
      args: [input],
    });
    const act = (actor: RuralActor, action: RuralAction) =>
      handle.executeUpdate(ruralActionUpdate, { args: [{ actor, action }] });
    return { handle, act };
  }
  const stagesOf = (appraisalId: string) =>
    steps
      .filter((s) => s.appraisalId === appraisalId && s.step.kind === 'STAGE_CHANGED')
      .map((s) => (s.step.kind === 'STAGE_CHANGED' ? s.step.to : ''));

  async function appraiseAndConclude(act: Awaited<ReturnType<typeof start>>['act'], templateId: string) {
    await act(appraiser, { type: 'RECORD_POWER_CONFIRMATION', documentRef: 'CV 45/PCĐN-KD' });
    await act(appraiser, {
      type: 'RECORD_INSPECTION',
      minutes: 'Kiểm tra lưới điện và cửa hàng',
      documentRef: 'BB-07',
    });
    const template = ruralPackForRegistration('2025-01-01').templates.find((t) => t.id === templateId)!;
    for (const i of template.indicators) await act(appraiser, { type: 'CONFIRM_INDICATOR', indicatorCode: i.code });
    await act(appraiser, { type: 'PROPOSE_CONCLUSION', note: 'Đề nghị công nhận đạt tiêu chí 4 và 7' });
    return act(leader, { type: 'SIGN_CONCLUSION', conclusionNumber: '101/SCT-QLTM' });
  }

  it('before 1/7/2025: the district verifies between the commune and the power company', async () => {
    const input = inputFor('2025-04-10', 'X-XUAN-HIEP', 'H-XUAN-LOC');
    const { handle, act } = await start(input);
    const commune: RuralActor = { userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-HIEP' };
    const district: RuralActor = { userId: 'huyen-1', roles: ['LOCAL_OFFICER'], unitCode: 'H-XUAN-LOC' };
    expect(
      await act(commune, { type: 'SUBMIT_SELF_ASSESSMENT', assessment: assessmentFor(input.templateId) }),
    ).toMatchObject({
      stage: 'LOCAL_VERIFICATION',
    });
    await act(district, { type: 'VERIFY', note: 'Huyện đã thẩm tra hồ sơ' });
    const done = await appraiseAndConclude(act, input.templateId);
    expect(done).toMatchObject({ stage: 'PASSED', conclusion: { outcome: 'DAT', number: '101/SCT-QLTM' } });
    // No longer met: the leader revokes with the indicators, the appraiser reopens for a second round.
    await act(leader, { type: 'REVOKE', reason: 'Chợ xuống cấp, không còn đạt chuẩn', indicatorCodes: ['7'] });
    expect(await act(appraiser, { type: 'REAPPRAISE', reason: 'Xã đã sửa chữa chợ' })).toMatchObject({
      stage: 'SELF_ASSESSMENT',
      round: 2,
      conclusion: null,
    });
    expect(steps.filter((s) => s.appraisalId === input.appraisalId).map((s) => s.step.kind)).toContain('REVOKED');
    expect(stagesOf(input.appraisalId)).toEqual([
      'SELF_ASSESSMENT',
      'LOCAL_VERIFICATION',
      'POWER_CONFIRMATION',
      'SITE_INSPECTION',
      'DEPARTMENT_APPRAISAL',
      'CONCLUSION',
      'PASSED',
      'REVOKED',
      'SELF_ASSESSMENT',
    ]);
    const attributes = (await handle.describe()).typedSearchAttributes;
    expect(attributes.getAll().map((p) => [p.key.name, p.value])).toEqual(
      expect.arrayContaining([
        ['KcProgram', 'NTM'],
        ['KcStage', 'SELF_ASSESSMENT'],
        ['KcUnit', 'X-XUAN-HIEP'],
      ]),
    );
    const sequences = steps.filter((s) => s.appraisalId === input.appraisalId).map((s) => s.sequence);
    expect(sequences).toEqual(sequences.map((_, n) => n + 1));
  });

  it('from 1/7/2025: no district step; refusals are typed and change nothing', async () => {
    const input = inputFor('2025-09-02', 'X-XUAN-LOC', null);
    const { handle, act } = await start(input);
    const commune: RuralActor = { userId: 'xa-2', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
    const incomplete = await act(commune, { type: 'SUBMIT_SELF_ASSESSMENT', assessment: { households: 10 } }).catch(
      (e: unknown) => e,
    );
    expect(incomplete).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (incomplete as WorkflowUpdateFailedError).cause as { type?: string; details?: unknown[] };
    expect(cause.type).toBe('ASSESSMENT_INCOMPLETE');
    expect(cause.details?.[0]).toMatchObject({ code: 'ASSESSMENT_INCOMPLETE', vi: expect.stringContaining('chưa đủ') });

    await act(commune, { type: 'SUBMIT_SELF_ASSESSMENT', assessment: assessmentFor(input.templateId) });
    await act(appraiser, { type: 'RECORD_POWER_CONFIRMATION', documentRef: 'CV 46/PCĐN-KD' });
    await act(appraiser, { type: 'RECORD_INSPECTION', minutes: 'Kiểm tra thực tế tại xã', documentRef: 'BB-08' });
    const bare = await act(appraiser, { type: 'OVERRIDE_INDICATOR', indicatorCode: '7', verdict: 'KHONG_DAT' }).catch(
      (e: unknown) => e,
    );
    expect(((bare as WorkflowUpdateFailedError).cause as { type?: string }).type).toBe('FIELD_REQUIRED');
    expect((await handle.query(ruralStateQuery)).decisions).toEqual({});

    expect(stagesOf(input.appraisalId)).toEqual([
      'SELF_ASSESSMENT',
      'POWER_CONFIRMATION',
      'SITE_INSPECTION',
      'DEPARTMENT_APPRAISAL',
    ]);
  });

  it('ends when an operator cancels it with a reason, answering the update first', async () => {
    const input = inputFor('2025-09-02', 'X-DINH-QUAN', null);
    const { handle, act } = await start(input);
    const operator: RuralActor = { userId: 'vh-1', roles: ['OPERATOR'], unitCode: 'DN-TTKC' };
    const refused = await act(operator, { type: 'CANCEL', reason: '' }).catch((e: unknown) => e);
    expect(((refused as WorkflowUpdateFailedError).cause as { type?: string }).type).toBe('FIELD_REQUIRED');
    expect(await act(operator, { type: 'CANCEL', reason: 'Xã rút đăng ký năm nay' })).toMatchObject({
      stage: 'CANCELLED',
    });
    expect(await handle.result()).toMatchObject({ stage: 'CANCELLED' });
  });
});

describe('ruralCriteriaAppraisalWorkflow supplement deadline (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningTestWorker | undefined;
  const taskQueue = `rural-expiry-${randomUUID()}`;
  const steps: RuralStepInput[] = [];

  beforeAll(async () => {
    env = await createTimeSkippingWorkflowEnvironment();
    worker = await runTestWorker(env, { taskQueue, activities: recordingActivities(steps) });
  });
  afterAll(async () => worker?.stop());

  it('expires an appraisal whose commune does not send the supplement in time', async () => {
    const input = inputFor('2025-09-02', 'X-XUAN-LOC', null);
    const handle = await env.client.workflow.start(WorkflowTypes.ruralCriteriaAppraisal, {
      taskQueue,
      workflowId: WorkflowIds.ruralCriteriaAppraisal(input.appraisalId),
      args: [input],
    });
    const act = (actor: RuralActor, action: RuralAction) =>
      handle.executeUpdate(ruralActionUpdate, { args: [{ actor, action }] });
    const commune: RuralActor = { userId: 'xa-3', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
    await act(commune, { type: 'SUBMIT_SELF_ASSESSMENT', assessment: assessmentFor(input.templateId) });
    const asked = await act(appraiser, {
      type: 'REQUEST_SUPPLEMENT',
      items: [{ code: '4.2', reasonVi: 'Thiếu xác nhận số hộ của Điện lực' }],
    });
    expect(asked).toMatchObject({ stage: 'SUPPLEMENT', supplement: { returnTo: 'POWER_CONFIRMATION' } });
    expect(asked.dueAt).not.toBeNull();
    await env.sleep('15 days');
    expect(await handle.query(ruralStateQuery)).toMatchObject({ stage: 'EXPIRED' });
  });

  it('marks a stage overdue once its deadline passes, and clears it when the stage moves on', async () => {
    const input = inputFor('2025-09-02', 'X-XUAN-LOC', null);
    const handle = await env.client.workflow.start(WorkflowTypes.ruralCriteriaAppraisal, {
      taskQueue,
      workflowId: WorkflowIds.ruralCriteriaAppraisal(input.appraisalId),
      args: [input],
    });
    const act = (actor: RuralActor, action: RuralAction) =>
      handle.executeUpdate(ruralActionUpdate, { args: [{ actor, action }] });
    const commune: RuralActor = { userId: 'xa-4', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
    const submitted = await act(commune, {
      type: 'SUBMIT_SELF_ASSESSMENT',
      assessment: assessmentFor(input.templateId),
    });
    expect(submitted).toMatchObject({ stage: 'POWER_CONFIRMATION', overdue: false });
    expect(submitted.dueAt).not.toBeNull();
    await env.sleep('10 days');
    expect(await handle.query(ruralStateQuery)).toMatchObject({ stage: 'POWER_CONFIRMATION', overdue: true });
    const overdue = steps.filter((s) => s.appraisalId === input.appraisalId && s.step.kind === 'STAGE_OVERDUE');
    expect(overdue).toHaveLength(1);
    expect(await act(appraiser, { type: 'RECORD_POWER_CONFIRMATION', documentRef: 'CV 9/PCĐN' })).toMatchObject({
      stage: 'SITE_INSPECTION',
      overdue: false,
    });
  });
});
