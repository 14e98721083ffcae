import type { Stage } from '@kc/contracts';
import type { Actor, OfficerAction, StageEvent, SupportRequestState } from './support-request.types';

export interface Applied {
  state: SupportRequestState;
  events: StageEvent[];
}

const move = (state: SupportRequestState, to: Stage, note: string | null = null): Applied => ({
  state: { ...state, stage: to },
  events: [{ type: 'StageChanged', from: state.stage, to, note }],
});

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

/** The next state and its events for an action that `validateAction` accepted. */
export function applyAction(state: SupportRequestState, actor: Actor, action: OfficerAction): Applied {
  switch (action.type) {
    case 'ACCEPT':
      return move(state, 'LOCAL_REVIEW');
    case 'REQUEST_SUPPLEMENT':
      return {
        state: { ...state, awaitingSupplement: true },
        events: [{ type: 'SupplementRequested', items: action.items }],
      };
    case 'REFUSE': {
      const moved = move(state, 'REFUSED', action.reason);
      return { state: moved.state, events: [...moved.events, { type: 'ApplicationRefused', reason: action.reason }] };
    }
    case 'RECOMMEND':
      return move(state, 'DEPARTMENT_APPRAISAL', action.note);
    case 'RETURN_TO_LOCAL':
      return move(state, 'LOCAL_REVIEW', action.reason);
    case 'PROPOSE_AMOUNT': {
      const moved = move(
        { ...state, appraiserId: actor.userId, proposedAmountVnd: action.amountVnd },
        'COUNCIL_REVIEW',
        action.note ?? null,
      );
      return moved;
    }
    case 'DECLARE_CONFLICT':
    case 'VOTE':
      return applyCouncil(state, actor, action);
    case 'APPROVE': {
      const amount = state.proposedAmountVnd ?? 0;
      const moved = move({ ...state, acceptedAmountVnd: amount }, 'IMPLEMENTATION');
      return { state: moved.state, events: [...moved.events, { type: 'ApplicationApproved', amountVnd: amount }] };
    }
    case 'DECLINE': {
      const moved = move(state, 'REJECTED', action.reason);
      return { state: moved.state, events: [...moved.events, { type: 'ApplicationRejected', reason: action.reason }] };
    }
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
  const outcome = councilOutcome(next);
  if (outcome === 'APPROVED') return move(next, 'LEADER_APPROVAL');
  if (outcome === 'REJECTED') {
    const moved = move(next, 'REJECTED', 'Hội đồng không thông qua');
    return {
      state: moved.state,
      events: [...moved.events, { type: 'ApplicationRejected', reason: 'Hội đồng không thông qua' }],
    };
  }
  return { state: next, events: [] };
}

/** The applicant withdrew: the dossier ends in WITHDRAWN from any stage that has not ended. */
export function applyWithdrawal(state: SupportRequestState, reason: string): Applied {
  return move({ ...state, awaitingSupplement: false }, 'WITHDRAWN', reason);
}

/** The applicant's supplement arrived: the paused stage resumes. */
export function applySupplementReceived(state: SupportRequestState): SupportRequestState {
  return { ...state, awaitingSupplement: false };
}
