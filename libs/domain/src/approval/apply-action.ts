import { applyCouncil, type Reconvening } from './council-vote';
import { pauseForSupplement } from './supplement-clock';
import { applyApproval } from './apply-approval';
import { end, endsBy, leads, walk, type Applied } from './stage-moves';
import type { Actor, OfficerAction } from './officer-action';
import type { BudgetOutcome, SupportRequestState } from './support-request.types';
import type { StageEvent } from './stage-events';

interface StepInput {
  nowMs: number;
  /** What the programme's budget answered; only APPROVE uses it (the workflow's activity reserved first). */
  budget?: BudgetOutcome;
  /** How a council that loses its quorum is re-convened: in the same stage visit unless a history says otherwise. */
  reconvening?: Reconvening;
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
  DECLARE_CONFLICT: (state, action, actor, step) => applyCouncil(state, actor, action, step.reconvening),
  VOTE: (state, action, actor, step) => applyCouncil(state, actor, action, step.reconvening),
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
