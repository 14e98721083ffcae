/**
 * supportRequestWorkflow: one support request from submission to COMPLETED or an end state
 * (REFUSED, REJECTED, WITHDRAWN, EXPIRED, CANCELLED), architecture.md §4.2.
 * Id `support-request/<applicationId>`, task queue `approvals`.
 * - Update `officerAction` ({actor, action}): every human step, operators' reassign/extend/cancel included;
 *   its validator is the domain's `validateAction`, so a rejected action changes nothing.
 * - Signals `supplementSubmitted` (the paused stage resumes), `withdrawn` (ends in WITHDRAWN) and
 *   `budgetFreed` (a wait-listed approval tries its reservation again).
 * - Query `state`: the whole state.
 * - Timers: the stage's deadline (75 % warning, then breach with escalation) and the applicant's
 *   supplement deadline (then EXPIRED). Deadlines are counted in working days by the step activity.
 * Search attributes KcDossierCode, KcProgram, KcStage, KcUnit, KcDueAt and KcOverdue follow the state.
 */
import {
  condition,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { WorkflowIds } from '@kc/contracts/temporal';
import {
  applyAction,
  applyApproval,
  applySlaBreach,
  applySlaWarning,
  applySupplementExpired,
  applySupplementReceived,
  applyWithdrawal,
  isFinalStage,
  unitOfStage,
  validateAction,
  type Actor,
  type StageEvent,
  type SupportRequestState,
} from '@kc/domain/approval';
import { vietnamDate } from '@kc/domain/calendar';
import { StepRecorder } from '../step-recorder';
import {
  budgetFreedSignal,
  officerActionUpdate,
  stateQuery,
  supplementSubmittedSignal,
  withdrawnSignal,
  type StageStepResult,
  type SupportRequestActivities,
  type SupportRequestInput,
} from './support-request.definitions';
import { supportRequestSearchKeys } from './support-request.search-attributes';

const keys = supportRequestSearchKeys;
/** A search attribute's value in a form `!==` can compare (dates by their instant). */
const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));
/** Share of a stage's time after which its officers are warned. */
const WARNING_SHARE = 0.75;

const { publishStageEvents, reserveBudget } = proxyActivities<SupportRequestActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

interface Step {
  actor: Actor | null;
  cause: string;
  stage: string;
  events: StageEvent[];
}

export async function supportRequestWorkflow(input: SupportRequestInput): Promise<SupportRequestState> {
  let state: SupportRequestState = {
    stage: 'RECEPTION',
    localUnitCode: input.localUnitCode,
    maxSupportVnd: input.maxSupportVnd,
    council: input.council.map((userId) => ({ userId })),
    quorum: input.quorum,
    awaitingSupplement: false,
    disbursedVnd: 0,
    slaWarned: false,
    overdue: false,
  };
  const stepInput = (step: Step, sequence: number, occurredAt: string) => ({
    applicationId: input.applicationId,
    dossierCode: input.dossierCode,
    programCode: input.programCode,
    rulePackId: input.rulePackId,
    localUnitCode: input.localUnitCode,
    sequence,
    ...step,
    occurredAt,
    council: state.council.filter((m) => m.conflict !== true).map((m) => m.userId),
    dueAt: state.dueAt ?? null,
  });
  // The one step recorder numbers and publishes the steps. Only the main loop hands it a step, and applies
  // the answer before the next, so each step's input sees the deadline the one before it set. Workflows
  // started before it replay their own numbering (the recorder schedules at another point of a task).
  const viaRecorder = patched('one-step-recorder');
  let legacySequence = 0;
  const recorder = new StepRecorder<Actor | null, Step, StageStepResult>(workflowInfo().workflowId, (recorded) =>
    publishStageEvents(stepInput(recorded.step, recorded.sequence, recorded.at)),
  );
  /** When the current deadline's window opened: the warning falls at 75 % of it. */
  let windowStartMs = Date.now();
  let approving = false;
  let budgetFreed = false;
  let approver: Actor | null = null;
  // Steps are published in order by the main loop alone; handlers only queue them.
  const pending: Step[] = [
    {
      actor: null,
      cause: 'SUBMITTED',
      stage: 'RECEPTION',
      events: [{ type: 'StageChanged', from: 'RECEPTION', to: 'RECEPTION', note: null }],
    },
  ];
  const queue = (actor: Actor | null, cause: string, applied: { state: SupportRequestState; events: StageEvent[] }) => {
    state = applied.state;
    if (applied.events.length > 0) pending.push({ actor, cause, stage: state.stage, events: applied.events });
    mark();
  };

  const attributes = (): SearchAttributeUpdatePair[] => [
    { key: keys.dossier, value: input.dossierCode },
    { key: keys.program, value: input.programCode },
    { key: keys.stage, value: state.stage },
    { key: keys.unit, value: unitOfStage(state.stage, input.localUnitCode) },
    { key: keys.dueAt, value: state.dueAt ? new Date(state.dueAt) : null },
    { key: keys.overdue, value: state.overdue },
  ];
  // Each upsert is a visibility write on the server. Workflows started since this patch get their first
  // values from the starter and upsert only what changed; older ones replay the upsert-everything path.
  const onlyChanges = patched('search-attributes-only-when-changed');
  const shown = new Map<string, unknown>();
  if (onlyChanges)
    for (const pair of workflowInfo().typedSearchAttributes.getAll()) shown.set(pair.key.name, comparable(pair.value));
  const mark = () => {
    if (!onlyChanges) return upsertSearchAttributes(attributes());
    const changed = attributes().filter((pair) => shown.get(pair.key.name) !== comparable(pair.value));
    if (changed.length === 0) return;
    for (const pair of changed) shown.set(pair.key.name, comparable(pair.value));
    upsertSearchAttributes(changed);
  };
  mark();

  const budgetYear = () => Number(vietnamDate(new Date()).slice(0, 4));
  const reserve = () =>
    reserveBudget({
      applicationId: input.applicationId,
      dossierCode: input.dossierCode,
      programCode: input.programCode,
      year: state.budgetYear ?? budgetYear(),
      amountVnd: state.proposedAmountVnd ?? 0,
    });

  setHandler(stateQuery, () => state);
  setHandler(
    officerActionUpdate,
    async ({ actor, action }) => {
      // The budget is asked before the approval is applied; the validator keeps a second approval out meanwhile.
      let budget;
      if (action.type === 'APPROVE') {
        approving = true;
        approver = actor;
        try {
          budget = await reserve();
        } finally {
          approving = false;
        }
      }
      queue(actor, action.type, applyAction(state, actor, action, { nowMs: Date.now(), budget }));
      return state;
    },
    {
      // Validators do not run on replay, so adding the claim check changes no recorded history.
      validator: ({ actor, action, claimedBy }) => {
        if (approving) throw new Error('Đang xử lý phê duyệt hồ sơ. / An approval is being processed.');
        const verdict = validateAction(state, actor, action, { claimedBy });
        if (!verdict.ok) throw new Error(`${verdict.reasonVi} / ${verdict.reasonEn}`);
      },
    },
  );
  setHandler(supplementSubmittedSignal, () => {
    if (!state.awaitingSupplement || isFinalStage(state.stage)) return;
    windowStartMs = Date.now();
    queue(null, 'SUPPLEMENT_RECEIVED', applySupplementReceived(state, Date.now()));
  });
  setHandler(withdrawnSignal, ({ reason }) => {
    if (!isFinalStage(state.stage)) queue(null, 'WITHDRAWN', applyWithdrawal(state, reason));
  });
  setHandler(budgetFreedSignal, () => {
    budgetFreed = true;
  });

  /** Milliseconds until the next deadline-driven step, or undefined when no clock runs. */
  const nextTimer = (): number | undefined => {
    const now = Date.now();
    if (state.awaitingSupplement && state.supplementDueAt) return Date.parse(state.supplementDueAt) - now;
    if (!state.dueAt || state.overdue) return undefined;
    const due = Date.parse(state.dueAt);
    const warnAt = windowStartMs + (due - windowStartMs) * WARNING_SHARE;
    return (state.slaWarned ? due : warnAt) - now;
  };
  const onTimer = () => {
    const now = Date.now();
    if (state.awaitingSupplement && state.supplementDueAt && now >= Date.parse(state.supplementDueAt))
      queue(null, 'SUPPLEMENT_EXPIRED', applySupplementExpired(state));
    else if (state.dueAt && now >= Date.parse(state.dueAt)) queue(null, 'SLA_BREACHED', applySlaBreach(state));
    else if (state.dueAt && !state.slaWarned) queue(null, 'SLA_WARNING', applySlaWarning(state));
  };

  for (;;) {
    const timeout = nextTimer();
    const wake = () =>
      pending.length > 0 || isFinalStage(state.stage) || (budgetFreed && state.budget === 'WAITLISTED');
    const woke = timeout === undefined ? (await condition(wake), true) : await condition(wake, Math.max(1, timeout));
    if (!woke) onTimer();
    if (budgetFreed && state.budget === 'WAITLISTED' && !isFinalStage(state.stage)) {
      const budget = await reserve();
      if (budget.reserved) queue(approver, 'BUDGET_FREED', applyApproval(state, budget));
    }
    budgetFreed = false;
    while (pending.length > 0) await publish(pending.shift()!);
    if (isFinalStage(state.stage) && pending.length === 0) return state;
  }

  async function publish(step: Step): Promise<void> {
    const result = viaRecorder
      ? (await recorder.record(step.actor, step))[0]
      : await publishStageEvents(stepInput(step, ++legacySequence, new Date().toISOString()));
    if (result.dueAt !== undefined) {
      if (step.events.some((e) => e.type === 'StageChanged')) windowStartMs = Date.now();
      state = { ...state, dueAt: result.dueAt ?? undefined };
      if (state.dueAt && Date.parse(state.dueAt) > Date.now()) state = { ...state, overdue: false };
    }
    if (result.supplementDueAt) state = { ...state, supplementDueAt: result.supplementDueAt };
    mark();
    // Freed money goes to the oldest waiting dossiers; each tries its own reservation.
    for (const applicationId of result.waitlisted) {
      try {
        await getExternalWorkflowHandle(WorkflowIds.supportRequest(applicationId)).signal(budgetFreedSignal);
      } catch {
        // That dossier has ended meanwhile: nothing waits there any more.
      }
    }
  }
}
