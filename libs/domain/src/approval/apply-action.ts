import type { Stage } from '@kc/contracts';
import { approvalProcedure } from './approval-procedure';
import { pathOf, transitionAt } from './procedure-rules';
import type { Actor, BudgetOutcome, OfficerAction, StageEvent, SupportRequestState } from './support-request.types';

export interface Applied {
  state: SupportRequestState;
  events: StageEvent[];
}

/** A new stage starts with no assignee and a fresh clock (its deadline comes back from the step's activity). */
const move = (state: SupportRequestState, to: Stage, note: string | null = null): Applied => ({
  state: {
    ...state,
    stage: to,
    assigneeId: undefined,
    dueAt: undefined,
    slaWarned: false,
    overdue: false,
    awaitingSupplement: false,
    supplementDueAt: undefined,
    pausedRemainingMs: undefined,
  },
  events: [{ type: 'StageChanged', from: state.stage, to, note }],
});

/** Ends the dossier in an end state; an approved amount still held goes back to the programme's budget. */
function end(state: SupportRequestState, to: Stage, reason: string, decision: StageEvent[]): Applied {
  const moved = move(state, to, reason);
  if (state.budget !== 'RESERVED') return { state: moved.state, events: [...moved.events, ...decision] };
  const released: StageEvent = {
    type: 'BudgetReleased',
    amountVnd: state.acceptedAmountVnd ?? 0,
    year: state.budgetYear ?? 0,
    reason,
  };
  return { state: { ...moved.state, budget: 'RELEASED' }, events: [...moved.events, ...decision, released] };
}

/** How the council stands: voting continues, it cannot reach quorum, or it decided. */
export function councilOutcome(state: SupportRequestState): 'PENDING' | 'NO_QUORUM' | 'APPROVED' | 'REJECTED' {
  const { council, quorum } = state;
  const needed = Math.ceil((council.length * quorum.numerator) / quorum.denominator);
  const eligible = council.filter((m) => m.conflict === false);
  if (council.some((m) => m.conflict === undefined)) return 'PENDING';
  if (eligible.length < needed) return 'NO_QUORUM';
  if (eligible.some((m) => m.vote === undefined)) return 'PENDING';
  const approvals = eligible.filter((m) => m.vote).length;
  // Majority of the votes cast; a tie does not carry the proposal.
  return approvals * 2 > eligible.length ? 'APPROVED' : 'REJECTED';
}

/** The dossier moves along a path of the procedure table (the note goes with the first move); none stays. */
function walk(state: SupportRequestState, path: readonly Stage[], note: string | null = null): Applied {
  let applied: Applied = { state, events: [] };
  path.forEach((to, n) => {
    const moved = move(applied.state, to, n === 0 ? note : null);
    applied = { state: moved.state, events: [...applied.events, ...moved.events] };
  });
  return applied;
}

/** Where the procedure table sends the dossier for this action at its stage (and this outcome). */
const leads = (state: SupportRequestState, type: OfficerAction['type'], outcome?: string) =>
  pathOf(transitionAt(state.stage, type)!, outcome);
/** An action whose path ends the dossier: its end stage is the table's. */
const endsBy = (state: SupportRequestState, type: OfficerAction['type']) => leads(state, type).at(-1)!;

interface StepInput {
  nowMs: number;
  /** What the programme's budget answered; only APPROVE uses it (the workflow's activity reserved first). */
  budget?: BudgetOutcome;
}
type Effect<T extends OfficerAction['type']> = (
  state: SupportRequestState,
  action: Extract<OfficerAction, { type: T }>,
  actor: Actor,
  step: StepInput,
) => Applied;

/** What each action does to the state; where it leads is the procedure table's. */
const effects: { [T in OfficerAction['type']]: Effect<T> } = {
  ACCEPT: (state) => walk(state, leads(state, 'ACCEPT')),
  REQUEST_SUPPLEMENT: (state, action, _actor, step) => ({
    state: pauseForSupplement(state, step.nowMs),
    events: [{ type: 'SupplementRequested', items: action.items }],
  }),
  REFUSE: (state, action) =>
    end(state, endsBy(state, 'REFUSE'), action.reason, [{ type: 'ApplicationRefused', reason: action.reason }]),
  RECOMMEND: (state, action) => walk(state, leads(state, 'RECOMMEND'), action.note),
  RETURN_TO_LOCAL: (state, action) => walk(state, leads(state, 'RETURN_TO_LOCAL'), action.reason),
  PROPOSE_AMOUNT: (state, action, actor) =>
    walk(
      { ...state, appraiserId: actor.userId, proposedAmountVnd: action.amountVnd },
      leads(state, 'PROPOSE_AMOUNT'),
      action.note ?? null,
    ),
  DECLARE_CONFLICT: (state, action, actor) => applyCouncil(state, actor, action),
  VOTE: (state, action, actor) => applyCouncil(state, actor, action),
  APPROVE: (state, _action, _actor, step) => {
    if (!step.budget) throw new Error('APPROVE needs the budget outcome');
    return applyApproval(state, step.budget);
  },
  DECLINE: (state, action) =>
    end({ ...state, budget: undefined }, endsBy(state, 'DECLINE'), action.reason, [
      { type: 'ApplicationRejected', reason: action.reason },
    ]),
  REASSIGN: (state, action) => ({
    state: { ...state, assigneeId: action.assigneeId },
    events: [{ type: 'TaskReassigned', assigneeId: action.assigneeId, reason: action.reason }],
  }),
  // The new date is counted in working days by the step's activity, which owns the calendar.
  EXTEND_DEADLINE: (state, action) => ({
    state,
    events: [{ type: 'DeadlineExtended', workingDays: action.workingDays, reason: action.reason }],
  }),
  CANCEL: (state, action) =>
    end(state, endsBy(state, 'CANCEL'), action.reason, [{ type: 'ApplicationCancelled', reason: action.reason }]),
  // A failed inspection keeps the dossier in implementation until one passes.
  RECORD_ACCEPTANCE: (state, action) =>
    walk(state, leads(state, 'RECORD_ACCEPTANCE', action.passed ? 'PASSED' : 'FAILED'), action.note),
  RECORD_DISBURSEMENT: (state, action) => {
    const disbursedVnd = state.disbursedVnd + action.amountVnd;
    const paid: StageEvent = { type: 'DisbursementRecorded', amountVnd: action.amountVnd };
    const inFull = disbursedVnd >= (state.acceptedAmountVnd ?? 0);
    const moved = walk(
      { ...state, disbursedVnd },
      leads(state, 'RECORD_DISBURSEMENT', inFull ? 'PAID_IN_FULL' : 'PARTLY_PAID'),
    );
    const done: StageEvent[] = inFull ? [{ type: 'ApplicationCompleted' }] : [];
    return { state: moved.state, events: [paid, ...moved.events, ...done] };
  },
};

/**
 * The next state and its events for an action that `validateAction` accepted. APPROVE needs what the
 * programme's budget answered (the workflow asks an activity first): the domain itself does no I/O.
 */
export function applyAction(state: SupportRequestState, actor: Actor, action: OfficerAction, step: StepInput): Applied {
  return (effects[action.type] as Effect<OfficerAction['type']>)(state, action, actor, step);
}

function applyCouncil(
  state: SupportRequestState,
  actor: Actor,
  action: Extract<OfficerAction, { type: 'DECLARE_CONFLICT' | 'VOTE' }>,
): Applied {
  const council = state.council.map((m) =>
    m.userId !== actor.userId
      ? m
      : action.type === 'DECLARE_CONFLICT'
        ? { ...m, conflict: action.hasConflict }
        : { ...m, vote: action.approve },
  );
  const next = { ...state, council };
  const member = council.find((m) => m.userId === actor.userId);
  // A member's own task ends when they vote, or when a declared conflict takes them out of the council.
  const done: StageEvent[] =
    action.type === 'VOTE'
      ? [{ type: 'TaskDone', assigneeId: actor.userId, outcome: action.approve ? 'VOTE_FOR' : 'VOTE_AGAINST' }]
      : member?.conflict
        ? [{ type: 'TaskDone', assigneeId: actor.userId, outcome: 'CONFLICT_DECLARED' }]
        : [];
  const outcome = councilOutcome(next);
  const path = leads(state, action.type, outcome);
  const then = (applied: Applied): Applied => ({ state: applied.state, events: [...done, ...applied.events] });
  if (outcome === 'REJECTED') {
    const reason = 'Hội đồng không thông qua';
    return then(end(next, path.at(-1)!, reason, [{ type: 'ApplicationRejected', reason }]));
  }
  if (outcome === 'NO_QUORUM') {
    // Not the applicant's fault: the Department convenes the council again (declarations start over).
    const reset = { ...next, council: next.council.map(({ userId }) => ({ userId })) };
    return then(walk(reset, path, 'Hội đồng không đủ số thành viên hợp lệ; cần tổ chức lại hội đồng'));
  }
  return outcome === 'APPROVED' ? then(walk(next, path)) : { state: next, events: done };
}

/** The leader approved: the amount is reserved from the budget, or the dossier waits for budget to be freed. */
export function applyApproval(state: SupportRequestState, budget: BudgetOutcome): Applied {
  const amountVnd = state.proposedAmountVnd ?? 0;
  if (!budget.reserved) {
    return {
      state: { ...state, budget: 'WAITLISTED', budgetYear: budget.year },
      events: [{ type: 'BudgetWaitlisted', amountVnd, year: budget.year }],
    };
  }
  const moved = walk(
    { ...state, acceptedAmountVnd: amountVnd, budget: 'RESERVED', budgetYear: budget.year },
    leads(state, 'APPROVE', 'RESERVED'),
  );
  return {
    state: moved.state,
    events: [
      ...moved.events,
      { type: 'ApplicationApproved', amountVnd },
      { type: 'BudgetReserved', amountVnd, year: budget.year },
    ],
  };
}

/** No answer to a supplement request in time: the dossier expires. */
export function applySupplementExpired(state: SupportRequestState): Applied {
  const reason = 'Quá hạn bổ sung hồ sơ';
  return end(state, approvalProcedure.ends.supplementExpired, reason, [{ type: 'ApplicationExpired', reason }]);
}

/** 75 % of the stage's time has passed. */
export function applySlaWarning(state: SupportRequestState): Applied {
  return { state: { ...state, slaWarned: true }, events: [{ type: 'SlaWarning' }] };
}

/** The stage's deadline passed: overdue, escalated, apology to the applicant (Form 04). */
export function applySlaBreach(state: SupportRequestState): Applied {
  return { state: { ...state, slaWarned: true, overdue: true }, events: [{ type: 'SlaBreached' }] };
}

/** The applicant withdrew: the dossier ends in WITHDRAWN from any stage that has not ended. */
export function applyWithdrawal(state: SupportRequestState, reason: string): Applied {
  return end(state, approvalProcedure.ends.withdrawn, reason, []);
}

/**
 * A supplement was requested at `nowMs`: the stage's clock stops with the time it had left, and the
 * applicant's own deadline (`supplementDueAt`, from the step's activity) starts.
 */
export function pauseForSupplement(state: SupportRequestState, nowMs: number): SupportRequestState {
  const remaining = state.dueAt ? Math.max(0, Date.parse(state.dueAt) - nowMs) : undefined;
  return { ...state, awaitingSupplement: true, dueAt: undefined, pausedRemainingMs: remaining };
}

/** The applicant's supplement arrived at `nowMs`: the paused stage resumes with the time it had left. */
export function applySupplementReceived(state: SupportRequestState, nowMs: number): Applied {
  const resumed: SupportRequestState = {
    ...state,
    awaitingSupplement: false,
    supplementDueAt: undefined,
    pausedRemainingMs: undefined,
  };
  if (state.pausedRemainingMs === undefined) return { state: resumed, events: [] };
  const dueAt = new Date(nowMs + state.pausedRemainingMs).toISOString();
  return { state: { ...resumed, dueAt }, events: [{ type: 'DeadlineMoved', dueAt }] };
}
