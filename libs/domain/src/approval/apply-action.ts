import type { Stage } from '@kc/contracts';
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

/**
 * The next state and its events for an action that `validateAction` accepted. APPROVE needs what the
 * programme's budget answered (the workflow asks an activity first).
 */
export function applyAction(
  state: SupportRequestState,
  actor: Actor,
  action: OfficerAction,
  step: { nowMs: number; budget?: BudgetOutcome },
): Applied {
  switch (action.type) {
    case 'ACCEPT':
      return move(state, 'LOCAL_REVIEW');
    case 'REQUEST_SUPPLEMENT':
      return {
        state: pauseForSupplement(state, step.nowMs),
        events: [{ type: 'SupplementRequested', items: action.items }],
      };
    case 'REFUSE':
      return end(state, 'REFUSED', action.reason, [{ type: 'ApplicationRefused', reason: action.reason }]);
    case 'RECOMMEND':
      return move(state, 'DEPARTMENT_APPRAISAL', action.note);
    case 'RETURN_TO_LOCAL':
      return move(state, 'LOCAL_REVIEW', action.reason);
    case 'PROPOSE_AMOUNT':
      return move(
        { ...state, appraiserId: actor.userId, proposedAmountVnd: action.amountVnd },
        'COUNCIL_REVIEW',
        action.note ?? null,
      );
    case 'DECLARE_CONFLICT':
    case 'VOTE':
      return applyCouncil(state, actor, action);
    case 'APPROVE':
      if (!step.budget) throw new Error('APPROVE needs the budget outcome');
      return applyApproval(state, step.budget);
    case 'DECLINE':
      return end({ ...state, budget: undefined }, 'REJECTED', action.reason, [
        { type: 'ApplicationRejected', reason: action.reason },
      ]);
    case 'REASSIGN':
      return {
        state: { ...state, assigneeId: action.assigneeId },
        events: [{ type: 'TaskReassigned', assigneeId: action.assigneeId, reason: action.reason }],
      };
    case 'EXTEND_DEADLINE':
      // The new date is counted in working days by the step's activity, which owns the calendar.
      return {
        state,
        events: [{ type: 'DeadlineExtended', workingDays: action.workingDays, reason: action.reason }],
      };
    case 'CANCEL':
      return end(state, 'CANCELLED', action.reason, [{ type: 'ApplicationCancelled', reason: action.reason }]);
    case 'RECORD_ACCEPTANCE': {
      if (!action.passed) return { state, events: [] }; // stays in implementation until a passing inspection
      const toAcceptance = move(state, 'ACCEPTANCE', action.note);
      const toDisbursement = move(toAcceptance.state, 'DISBURSEMENT');
      return { state: toDisbursement.state, events: [...toAcceptance.events, ...toDisbursement.events] };
    }
    case 'RECORD_DISBURSEMENT': {
      const disbursedVnd = state.disbursedVnd + action.amountVnd;
      const events: StageEvent[] = [{ type: 'DisbursementRecorded', amountVnd: action.amountVnd }];
      if (disbursedVnd < (state.acceptedAmountVnd ?? 0)) return { state: { ...state, disbursedVnd }, events };
      const done = move({ ...state, disbursedVnd }, 'COMPLETED');
      return { state: done.state, events: [...events, ...done.events, { type: 'ApplicationCompleted' }] };
    }
  }
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
  const then = (applied: Applied): Applied => ({ state: applied.state, events: [...done, ...applied.events] });
  if (outcome === 'APPROVED') return then(move(next, 'LEADER_APPROVAL'));
  if (outcome === 'REJECTED') {
    const reason = 'Hội đồng không thông qua';
    return then(end(next, 'REJECTED', reason, [{ type: 'ApplicationRejected', reason }]));
  }
  if (outcome === 'NO_QUORUM') {
    // Not the applicant's fault: the Department convenes the council again (declarations start over).
    const reset = { ...next, council: next.council.map(({ userId }) => ({ userId })) };
    return then(
      move(reset, 'DEPARTMENT_APPRAISAL', 'Hội đồng không đủ số thành viên hợp lệ; cần tổ chức lại hội đồng'),
    );
  }
  return { state: next, events: done };
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
  const moved = move(
    { ...state, acceptedAmountVnd: amountVnd, budget: 'RESERVED', budgetYear: budget.year },
    'IMPLEMENTATION',
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
  return end(state, 'EXPIRED', reason, [{ type: 'ApplicationExpired', reason }]);
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
  return end(state, 'WITHDRAWN', reason, []);
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
