import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import type { Actor, DomainRefusal, OfficerAction, StageEvent, SupportRequestState } from '@kc/domain';
import {
  createTestWorkflowEnvironment,
  expectEventually,
  testEnv,
  runTestWorker,
  type RunningTestWorker,
} from '@kc/testing';
import {
  budgetFreedSignal,
  officerActionUpdate,
  seatCouncilUpdate,
  stateQuery,
  supplementSubmittedSignal,
  type StageStepInput,
  type StageStepResult,
  type SupportRequestActivities,
  type SupportRequestInput,
} from '../src';

const commune: Actor = { userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
const appraiser: Actor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const leader: Actor = { userId: 'ld-1', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' };
const operator: Actor = { userId: 'vh-1', roles: ['OPERATOR'], unitCode: null };
const member = (userId: string): Actor => ({ userId, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });
const keys = {
  stage: defineSearchAttributeKey('KcStage', SearchAttributeType.KEYWORD),
  unit: defineSearchAttributeKey('KcUnit', SearchAttributeType.KEYWORD),
  overdue: defineSearchAttributeKey('KcOverdue', SearchAttributeType.BOOL),
  dueAt: defineSearchAttributeKey('KcDueAt', SearchAttributeType.DATETIME),
};

/**
 * How the recorded activities answer for one dossier. Deadlines are the step activity's to count (in
 * working days in the service); here they are seconds, so SLA and expiry paths run in real time.
 */
interface Script {
  stageDueMs?: Partial<Record<string, number>>;
  supplementMs?: number;
  budget?: boolean[];
  waitlistedOnRelease?: string[];
  /** Reservations (1 = the approval's) during which the dossier is signalled `budgetFreed` again. */
  signalledDuring?: number[];
  /** The step before this one is held in its activity until the promise settles (a slow recording). */
  holdBefore?: { cause: string; until: Promise<void> };
}

describe('supportRequestWorkflow on the real Temporal dev server (activities recorded)', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningTestWorker | undefined;
  const taskQueue = `approvals-test-${randomUUID()}`;
  const published: StageStepInput[] = [];
  const scripts = new Map<string, Script>();
  const reservations = new Map<string, number>();
  /** Money freed while a reservation is in flight: the server records the signal before the answer. */
  const signalInFlight = (applicationId: string) =>
    env.client.workflow.getHandle(WorkflowIds.supportRequest(applicationId)).signal(budgetFreedSignal);
  const activities: SupportRequestActivities = {
    async publishStageEvents(input) {
      const script = scripts.get(input.applicationId) ?? {};
      if (script.holdBefore?.cause === 'RECOMMEND' && input.cause === 'RECOMMEND') await script.holdBefore.until;
      published.push(input);
      const at = Date.parse(input.occurredAt);
      const later = (ms: number) => new Date(at + ms).toISOString();
      const result: StageStepResult = { waitlisted: [] };
      for (const e of input.events) {
        if (e.type === 'StageChanged') {
          const ms = script.stageDueMs?.[e.to];
          result.dueAt = ms ? later(ms) : null;
        }
        if (e.type === 'SupplementRequested') result.supplementDueAt = later(script.supplementMs ?? 3_600_000);
        if (e.type === 'DeadlineExtended') result.dueAt = later(3_600_000);
        if (e.type === 'DeadlineMoved') result.dueAt = e.dueAt;
        if (e.type === 'BudgetReleased') result.waitlisted = script.waitlistedOnRelease ?? [];
      }
      return result;
    },
    async reserveBudget(input) {
      const script = scripts.get(input.applicationId);
      const call = (reservations.get(input.applicationId) ?? 0) + 1;
      reservations.set(input.applicationId, call);
      if (script?.signalledDuring?.includes(call)) await signalInFlight(input.applicationId);
      const reserved = script?.budget?.shift() ?? true;
      return { reserved, year: input.year };
    },
  };

  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
    worker = await runTestWorker(env, { taskQueue, activities, namespace: testEnv.temporalNamespace });
  });
  afterAll(async () => worker?.stop());

  async function start(script: Script = {}, overrides: Partial<SupportRequestInput> = {}) {
    const applicationId = randomUUID();
    scripts.set(applicationId, script);
    const input: SupportRequestInput = {
      applicationId,
      dossierCode: 'KC-2026-000777',
      programCode: 'MACHINERY',
      rulePackId: 'dong-nai-2025-07',
      localUnitCode: 'X-XUAN-LOC',
      maxSupportVnd: 200_000_000,
      quorum: { numerator: 2, denominator: 3 },
      ...overrides,
    };
    const handle = await env.client.workflow.start(WorkflowTypes.supportRequest, {
      taskQueue,
      workflowId: WorkflowIds.supportRequest(applicationId),
      args: [input],
    });
    const act = (actor: Actor, action: OfficerAction) =>
      handle.executeUpdate(officerActionUpdate, { args: [{ actor, action }] });
    /** The appraiser seats the council (dossiers no longer bring one from configuration). */
    const seat = (memberIds = ['hd-1', 'hd-2', 'hd-3'], by: Actor = appraiser) =>
      handle.executeUpdate(seatCouncilUpdate, { args: [{ actor: by, memberIds }] });
    const events = () => published.filter((p) => p.applicationId === applicationId).flatMap((p) => p.events);
    return { applicationId, handle, act, seat, events };
  }
  const stagesOf = (events: StageEvent[]) =>
    events.filter((e) => e.type === 'StageChanged').map((e) => (e as { to: string }).to);
  const rejection = async (p: Promise<unknown>) => {
    const error = await p.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    // The refusal travels typed, in the failure's details: its code and both texts, nothing to split.
    const [refusal] = ((error as WorkflowUpdateFailedError).cause as ApplicationFailure).details as DomainRefusal[];
    expect(refusal).toEqual({
      code: expect.stringMatching(/^[A-Z_]+$/),
      vi: expect.any(String),
      en: expect.any(String),
    });
    return `${refusal!.vi} ${refusal!.en}`;
  };
  async function toLeader({ act, seat }: Pick<Awaited<ReturnType<typeof start>>, 'act' | 'seat'>) {
    await act(commune, { type: 'ACCEPT' });
    await act(commune, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(appraiser, { type: 'PROPOSE_AMOUNT', amountVnd: 180_000_000 });
    await seat();
    for (const id of ['hd-1', 'hd-2', 'hd-3']) await act(member(id), { type: 'DECLARE_CONFLICT', hasConflict: false });
    for (const id of ['hd-1', 'hd-2', 'hd-3']) await act(member(id), { type: 'VOTE', approve: true });
  }
  const stageOf = async (handle: WorkflowHandle) => (await handle.query(stateQuery)).stage;

  it('walks from reception to completion through officers’ updates and publishes every step in order', async () => {
    const { applicationId, handle, act, seat, events } = await start();
    await toLeader({ act, seat });
    await act(leader, { type: 'APPROVE' });
    await act(appraiser, { type: 'RECORD_ACCEPTANCE', passed: true, note: 'Nghiệm thu đạt' });
    await act(appraiser, { type: 'RECORD_DISBURSEMENT', amountVnd: 180_000_000 });
    const result = (await handle.result()) as SupportRequestState;
    expect(result).toMatchObject({ stage: 'COMPLETED', acceptedAmountVnd: 180_000_000, budget: 'RESERVED' });

    const ours = published.filter((p) => p.applicationId === applicationId);
    expect(ours.map((p) => p.sequence)).toEqual(ours.map((_, i) => i + 1));
    expect(stagesOf(events())).toEqual([
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
    expect(events()).toContainEqual({ type: 'BudgetReserved', amountVnd: 180_000_000, year: expect.any(Number) });
    // The council stage opened with nobody seated (the appraiser's seating task), then the seating step
    // carried the members, whose votes each closed their own task.
    const atCouncil = ours.filter((p) => p.stage === 'COUNCIL_REVIEW');
    expect(atCouncil[0]?.council).toEqual([]);
    expect(atCouncil.find((p) => p.cause === 'SEAT_COUNCIL')).toMatchObject({
      council: ['hd-1', 'hd-2', 'hd-3'],
      events: [{ type: 'CouncilSeated', memberIds: ['hd-1', 'hd-2', 'hd-3'] }],
    });
    expect(events().filter((e) => e.type === 'TaskDone')).toHaveLength(3);
  });

  it('records a step with the council of when it was decided, even if a council is seated before it is recorded', async () => {
    // The recommendation's step is slow to record; meanwhile the appraiser proposes the amount (the
    // dossier enters COUNCIL_REVIEW with nobody seated) and seats the council at once.
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    const { applicationId, handle, act, seat } = await start({ holdBefore: { cause: 'RECOMMEND', until } });
    await act(commune, { type: 'ACCEPT' });
    await act(commune, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(appraiser, { type: 'PROPOSE_AMOUNT', amountVnd: 180_000_000 });
    await seat();
    release();
    const ours = () => published.filter((p) => p.applicationId === applicationId);
    await expectEventually(() => expect(ours().some((p) => p.cause === 'SEAT_COUNCIL')).toBe(true));
    // The step that opened COUNCIL_REVIEW opens the seating task only; the members' tasks come with the seating.
    expect(ours().find((p) => p.cause === 'PROPOSE_AMOUNT')?.council).toEqual([]);
    expect(ours().find((p) => p.cause === 'SEAT_COUNCIL')?.council).toEqual(['hd-1', 'hd-2', 'hd-3']);
    await handle.terminate('test finished');
  });

  it('rejects an officer of another commune with a clear message and changes nothing', async () => {
    const { handle, act } = await start();
    const stranger: Actor = { userId: 'xa-9', roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' };
    expect(await rejection(act(stranger, { type: 'ACCEPT' }))).toMatch(/Hồ sơ thuộc đơn vị khác/);
    expect(await stageOf(handle)).toBe('RECEPTION');
    await act(commune, { type: 'REFUSE', reason: 'Không thuộc đối tượng hỗ trợ' });
    expect(((await handle.result()) as SupportRequestState).stage).toBe('REFUSED');
  });

  it('routes the local stages to the district office under the 2020 pack', async () => {
    const district: Actor = { userId: 'h-1', roles: ['LOCAL_OFFICER'], unitCode: 'H-LONG-THANH' };
    const { handle, act } = await start({}, { rulePackId: 'dong-nai-2020', localUnitCode: 'H-LONG-THANH' });
    expect(await rejection(act(commune, { type: 'ACCEPT' }))).toMatch(/H-LONG-THANH/);
    await act(district, { type: 'ACCEPT' });
    await expectEventually(async () =>
      expect((await handle.describe()).typedSearchAttributes.get(keys.unit)).toBe('H-LONG-THANH'),
    );
    await handle.terminate('test finished');
  });

  it('stops the clock for a supplement, resumes on the applicant’s signal with the time that was left', async () => {
    const { handle, act, events } = await start({ stageDueMs: { RECEPTION: 3_600_000 } });
    await expectEventually(async () => expect((await handle.query(stateQuery)).dueAt).toBeDefined());
    await act(commune, {
      type: 'REQUEST_SUPPLEMENT',
      items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Báo giá chưa đóng dấu' }],
    });
    const paused = await handle.query(stateQuery);
    expect(paused.awaitingSupplement).toBe(true);
    expect(paused.dueAt).toBeUndefined();
    expect(paused.pausedRemainingMs).toBeGreaterThan(3_500_000);
    expect(await rejection(act(commune, { type: 'ACCEPT' }))).toMatch(/chờ người nộp bổ sung/);
    await handle.signal(supplementSubmittedSignal, { supplementRequestId: 'sr-1', documentIds: ['d-1'] });
    await expectEventually(async () => expect((await handle.query(stateQuery)).awaitingSupplement).toBe(false));
    await expectEventually(async () => expect(events().map((e) => e.type)).toContain('DeadlineMoved'));
    await act(commune, { type: 'ACCEPT' });
    await expectEventually(async () =>
      expect((await handle.describe()).typedSearchAttributes.get(keys.stage)).toBe('LOCAL_REVIEW'),
    );
    await handle.terminate('test finished');
  });

  it('expires the dossier when the supplement does not come in time', async () => {
    const { handle, act, events } = await start({ supplementMs: 1_000 });
    await act(commune, { type: 'REQUEST_SUPPLEMENT', items: [{ documentCode: 'LICENCE', reasonVi: 'Bản sao mờ' }] });
    expect(((await handle.result()) as SupportRequestState).stage).toBe('EXPIRED');
    expect(events().map((e) => e.type)).toEqual(
      expect.arrayContaining(['SupplementRequested', 'StageChanged', 'ApplicationExpired']),
    );
  });

  it('warns at 75 % of a stage’s time, then marks it overdue and escalates; an extension clears it', async () => {
    const { handle, act, events } = await start({ stageDueMs: { RECEPTION: 2_000 } });
    await expectEventually(async () => expect(events().map((e) => e.type)).toContain('SlaBreached'), 10_000);
    const types = events().map((e) => e.type);
    expect(types.indexOf('SlaWarning')).toBeGreaterThan(0);
    expect(types.indexOf('SlaWarning')).toBeLessThan(types.indexOf('SlaBreached'));
    await expectEventually(async () =>
      expect((await handle.describe()).typedSearchAttributes.get(keys.overdue)).toBe(true),
    );
    expect((await handle.query(stateQuery)).overdue).toBe(true);

    await act(operator, { type: 'EXTEND_DEADLINE', workingDays: 2, reason: 'Chờ ý kiến liên ngành' });
    await expectEventually(async () => expect((await handle.query(stateQuery)).overdue).toBe(false));
    await expectEventually(async () =>
      expect((await handle.describe()).typedSearchAttributes.get(keys.overdue)).toBe(false),
    );
    await handle.terminate('test finished');
  });

  it('lets an operator reassign the task; only the new assignee may then act', async () => {
    const { handle, act } = await start();
    expect(await rejection(act(commune, { type: 'REASSIGN', assigneeId: 'xa-2', reason: 'Nghỉ phép' }))).toMatch(
      /OPERATOR/,
    );
    await act(operator, { type: 'REASSIGN', assigneeId: 'xa-2', reason: 'Cán bộ nghỉ phép' });
    expect(await rejection(act(commune, { type: 'ACCEPT' }))).toMatch(/giao cho cán bộ khác/);
    await act({ ...commune, userId: 'xa-2' }, { type: 'ACCEPT' });
    expect(await stageOf(handle)).toBe('LOCAL_REVIEW');
    await handle.terminate('test finished');
  });

  it('rejects when the council votes against', async () => {
    const { handle, act, seat } = await start();
    await act(commune, { type: 'ACCEPT' });
    await act(commune, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(appraiser, { type: 'PROPOSE_AMOUNT', amountVnd: 100_000_000 });
    await seat();
    for (const id of ['hd-1', 'hd-2', 'hd-3']) await act(member(id), { type: 'DECLARE_CONFLICT', hasConflict: false });
    for (const id of ['hd-1', 'hd-2', 'hd-3']) await act(member(id), { type: 'VOTE', approve: id === 'hd-1' });
    expect(((await handle.result()) as SupportRequestState).stage).toBe('REJECTED');
  });

  it('refuses a conflicted member’s vote and, without quorum, re-convenes the council with other members', async () => {
    const { handle, act, seat } = await start();
    await act(commune, { type: 'ACCEPT' });
    await act(commune, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(appraiser, { type: 'PROPOSE_AMOUNT', amountVnd: 100_000_000 });
    expect(await rejection(act(member('hd-1'), { type: 'DECLARE_CONFLICT', hasConflict: false }))).toMatch(
      /không thuộc hội đồng/,
    );
    expect(await rejection(seat(['hd-1', 'hd-2']))).toMatch(/từ 3 đến/);
    expect(await rejection(seat(['hd-1', 'hd-2', 'hd-3'], member('hd-1')))).toMatch(/thẩm định/);
    await seat();
    await act(member('hd-1'), { type: 'DECLARE_CONFLICT', hasConflict: true });
    expect(await rejection(act(member('hd-1'), { type: 'VOTE', approve: true }))).toMatch(/xung đột lợi ích/);
    await act(member('hd-2'), { type: 'DECLARE_CONFLICT', hasConflict: true });
    const dissolved = await act(member('hd-3'), { type: 'DECLARE_CONFLICT', hasConflict: false });
    expect(dissolved).toMatchObject({ stage: 'COUNCIL_REVIEW', council: [] });
    await seat(['hd-4', 'hd-5', 'hd-6']);
    for (const id of ['hd-4', 'hd-5', 'hd-6']) await act(member(id), { type: 'DECLARE_CONFLICT', hasConflict: false });
    for (const id of ['hd-4', 'hd-5', 'hd-6']) await act(member(id), { type: 'VOTE', approve: true });
    expect(await stageOf(handle)).toBe('LEADER_APPROVAL');
    expect(await rejection(seat())).toMatch(/không ở bước chờ thành lập Hội đồng/);
    await handle.terminate('test finished');
  });

  it('keeps COUNCIL_REVIEW’s clock when a council without quorum is re-convened: the first deadline breaches', async () => {
    const { applicationId, handle, act, seat, events } = await start({ stageDueMs: { COUNCIL_REVIEW: 10_000 } });
    await act(commune, { type: 'ACCEPT' });
    await act(commune, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(appraiser, { type: 'PROPOSE_AMOUNT', amountVnd: 100_000_000 });
    const dueAt = await expectEventually(async () => {
      const state = await handle.query(stateQuery);
      expect(state).toMatchObject({ stage: 'COUNCIL_REVIEW', dueAt: expect.any(String) });
      return state.dueAt!;
    });
    await seat();
    await act(member('hd-1'), { type: 'DECLARE_CONFLICT', hasConflict: true });
    await act(member('hd-2'), { type: 'DECLARE_CONFLICT', hasConflict: true });
    const dissolved = await act(member('hd-3'), { type: 'DECLARE_CONFLICT', hasConflict: false });
    expect(dissolved).toMatchObject({ stage: 'COUNCIL_REVIEW', council: [], dueAt });
    await expectEventually(() =>
      expect(events()).toContainEqual({ type: 'CouncilDissolved', note: expect.stringMatching(/không đủ/) }),
    );

    // The stage was entered once; the breach falls at its first deadline, and a new council does not clear it.
    await expectEventually(async () => expect(events().map((e) => e.type)).toContain('SlaBreached'), 20_000);
    const breach = published.find((p) => p.applicationId === applicationId && p.cause === 'SLA_BREACHED');
    expect(breach?.dueAt).toBe(dueAt);
    expect(Date.parse(breach!.occurredAt)).toBeGreaterThanOrEqual(Date.parse(dueAt));
    expect(stagesOf(events())).toEqual(['RECEPTION', 'LOCAL_REVIEW', 'DEPARTMENT_APPRAISAL', 'COUNCIL_REVIEW']);
    expect(await seat(['hd-4', 'hd-5', 'hd-6'])).toMatchObject({ overdue: true, dueAt });
    await handle.terminate('test finished');
  });

  it('wait-lists an approval the budget cannot cover and approves it once budget is freed', async () => {
    const { handle, act, seat, events } = await start({ budget: [false, true] });
    await toLeader({ act, seat });
    const waiting = await act(leader, { type: 'APPROVE' });
    expect(waiting).toMatchObject({ stage: 'LEADER_APPROVAL', budget: 'WAITLISTED' });
    expect(await rejection(act(leader, { type: 'APPROVE' }))).toMatch(/chờ bố trí ngân sách/);
    await handle.signal(budgetFreedSignal);
    await expectEventually(async () => expect(await stageOf(handle)).toBe('IMPLEMENTATION'));
    await expectEventually(async () =>
      expect(events().map((e) => e.type)).toEqual(
        expect.arrayContaining(['BudgetWaitlisted', 'ApplicationApproved', 'BudgetReserved']),
      ),
    );
    await handle.terminate('test finished');
  });

  it('releases the budget when an approved dossier is cancelled, and the wait-listed dossier gets it', async () => {
    const waiter = await start({ budget: [false, true] });
    await toLeader(waiter);
    await waiter.act(leader, { type: 'APPROVE' });
    const holder = await start({ waitlistedOnRelease: [waiter.applicationId] });
    await toLeader(holder);
    await holder.act(leader, { type: 'APPROVE' });
    await holder.act(operator, { type: 'CANCEL', reason: 'Cơ sở ngừng hoạt động' });
    expect((await holder.handle.result()) as SupportRequestState).toMatchObject({
      stage: 'CANCELLED',
      budget: 'RELEASED',
    });
    expect(holder.events().map((e) => e.type)).toEqual(
      expect.arrayContaining(['ApplicationCancelled', 'BudgetReleased']),
    );
    await expectEventually(async () => expect(await stageOf(waiter.handle)).toBe('IMPLEMENTATION'));
    await waiter.handle.terminate('test finished');
  });

  it('does not lose a budgetFreed signal that arrives while the re-reservation is in flight', async () => {
    // Wait-listed at APPROVE; the first signal's reservation finds no money, but meanwhile money is freed
    // and the dossier signalled again: that signal makes it ask once more, and then it is funded.
    const { applicationId, handle, act, seat, events } = await start({
      budget: [false, false, true],
      signalledDuring: [2],
    });
    await toLeader({ act, seat });
    expect(await act(leader, { type: 'APPROVE' })).toMatchObject({ budget: 'WAITLISTED' });
    await handle.signal(budgetFreedSignal);
    await expectEventually(async () => expect(await stageOf(handle)).toBe('IMPLEMENTATION'));
    expect(reservations.get(applicationId)).toBe(3);
    await expectEventually(async () =>
      expect(events().map((e) => e.type)).toEqual(expect.arrayContaining(['ApplicationApproved', 'BudgetReserved'])),
    );
    await handle.terminate('test finished');
  });

  it('asks the ledger once per signal not yet answered, and not again by itself', async () => {
    const { applicationId, handle, act, seat } = await start({ budget: [false, false] });
    await toLeader({ act, seat });
    await act(leader, { type: 'APPROVE' });
    await handle.signal(budgetFreedSignal);
    await expectEventually(async () => expect(reservations.get(applicationId)).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(reservations.get(applicationId)).toBe(2);
    expect((await handle.query(stateQuery)).budget).toBe('WAITLISTED');
    await handle.terminate('test finished');
  });
});
