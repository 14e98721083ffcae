import { end, leads, walk, type Applied } from './stage-moves';
import type { Actor, OfficerAction, StageEvent, SupportRequestState } from './support-request.types';

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

export function applyCouncil(
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
  const note = 'Hội đồng không đủ số thành viên hợp lệ; cần tổ chức lại hội đồng';
  // A council the appraiser seated is dissolved where it sat: the appraiser seats other members.
  if (outcome === 'NO_QUORUM' && state.councilSeating === 'BY_APPRAISER')
    return then(walk({ ...next, council: [] }, leads(state, action.type, 'RECONVENE'), note));
  const path = leads(state, action.type, outcome);
  if (outcome === 'REJECTED') {
    const reason = 'Hội đồng không thông qua';
    return then(end(next, path.at(-1)!, reason, [{ type: 'ApplicationRejected', reason }]));
  }
  if (outcome === 'NO_QUORUM') {
    // Not the applicant's fault: the Department convenes the council again (declarations start over).
    const reset = { ...next, council: next.council.map(({ userId }) => ({ userId })) };
    return then(walk(reset, path, note));
  }
  return outcome === 'APPROVED' ? then(walk(next, path)) : { state: next, events: done };
}
