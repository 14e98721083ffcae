import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import type { Actor, OfficerAction } from '@kc/domain';
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
  stateQuery,
  type StageStepInput,
  type SupportRequestActivities,
  type SupportRequestInput,
} from '../src';

const commune: Actor = { userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
const appraiser: Actor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const leader: Actor = { userId: 'ld-1', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' };
const member = (userId: string): Actor => ({ userId, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });

/**
 * The ledger's answers are scripted per dossier: each reservation may, while it is in flight, have the
 * dossier signalled `budgetFreed` again (as a release elsewhere funding it would), before it answers.
 */
interface Reservation {
  reserved: boolean;
  signalledMeanwhile?: boolean;
}

describe('supportRequestWorkflow and budgetFreed signals (real Temporal dev server)', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningTestWorker | undefined;
  const taskQueue = `approvals-budget-test-${randomUUID()}`;
  const published: StageStepInput[] = [];
  const scripts = new Map<string, Reservation[]>();
  const asked = new Map<string, number>();
  const activities: SupportRequestActivities = {
    async publishStageEvents(input) {
      published.push(input);
      return { dueAt: null, waitlisted: [] };
    },
    async reserveBudget(input) {
      asked.set(input.applicationId, (asked.get(input.applicationId) ?? 0) + 1);
      const next = scripts.get(input.applicationId)?.shift() ?? { reserved: true };
      if (next.signalledMeanwhile) {
        const handle = env.client.workflow.getHandle(WorkflowIds.supportRequest(input.applicationId));
        await handle.signal(budgetFreedSignal);
        // The signal is in the history before this reservation's answer: the workflow sees it first.
        await expectEventually(async () => {
          const history = await handle.fetchHistory();
          expect(history.events?.some((e) => e.workflowExecutionSignaledEventAttributes)).toBe(true);
        });
      }
      return { reserved: next.reserved, year: input.year };
    },
  };

  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
    worker = await runTestWorker(env, { taskQueue, activities, namespace: testEnv.temporalNamespace });
  });
  afterAll(async () => worker?.stop());

  async function approvedAndWaitlisted(reservations: Reservation[]) {
    const applicationId = randomUUID();
    scripts.set(applicationId, reservations);
    const input: SupportRequestInput = {
      applicationId,
      dossierCode: 'KC-2026-000778',
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
    await act(commune, { type: 'ACCEPT' });
    await act(commune, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(appraiser, { type: 'PROPOSE_AMOUNT', amountVnd: 180_000_000 });
    for (const id of ['hd-1', 'hd-2', 'hd-3']) await act(member(id), { type: 'DECLARE_CONFLICT', hasConflict: false });
    for (const id of ['hd-1', 'hd-2', 'hd-3']) await act(member(id), { type: 'VOTE', approve: true });
    expect(await act(leader, { type: 'APPROVE' })).toMatchObject({ stage: 'LEADER_APPROVAL', budget: 'WAITLISTED' });
    return { applicationId, handle };
  }

  it('does not lose a budgetFreed signal that arrives while the re-reservation is in flight', async () => {
    // APPROVE: wait-listed. First signal: the ledger has not funded it yet, but meanwhile it does and
    // signals again. That second signal must make the workflow ask once more, and then it is funded.
    const { applicationId, handle } = await approvedAndWaitlisted([
      { reserved: false },
      { reserved: false, signalledMeanwhile: true },
      { reserved: true },
    ]);
    await handle.signal(budgetFreedSignal);
    await expectEventually(async () => expect((await handle.query(stateQuery)).stage).toBe('IMPLEMENTATION'));
    expect(asked.get(applicationId)).toBe(3);
    const events = published.filter((p) => p.applicationId === applicationId).flatMap((p) => p.events);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['BudgetWaitlisted', 'ApplicationApproved', 'BudgetReserved']),
    );
    await handle.terminate('test finished');
  });

  it('asks the ledger once per signal it has not answered, not once per signal received', async () => {
    const { applicationId, handle } = await approvedAndWaitlisted([{ reserved: false }, { reserved: false }]);
    await handle.signal(budgetFreedSignal);
    await expectEventually(async () => expect(asked.get(applicationId)).toBe(2));
    // Nothing more was freed: the dossier waits, and the loop does not ask again by itself.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(asked.get(applicationId)).toBe(2);
    expect((await handle.query(stateQuery)).budget).toBe('WAITLISTED');
    await handle.terminate('test finished');
  });
});
