import type { Stage } from '@kc/contracts';
import { end, leads, walk, type Applied } from './stage-moves';
import type { Actor, OfficerAction } from './officer-action';
import type { StageEvent } from './stage-events';
import type { SupportRequestState } from './support-request.types';

/**
 * How a council the appraiser seated is re-convened after losing its quorum. SAME_VISIT, the law (see
 * `councilOutcomes` in the procedure): it is dissolved where it sat and the stage's visit, with its
 * clock, goes on. NEW_VISIT: what workflows that dissolved a council before did, re-entering the stage
 * with a fresh clock; only their recorded histories still ask for it.
 */
export type Reconvening = 'SAME_VISIT' | 'NEW_VISIT';

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
  reconvening: Reconvening = 'SAME_VISIT',
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
    return then(dissolve({ ...next, council: [] }, leads(state, action.type, 'RECONVENE'), note, reconvening));
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

/** The council is dissolved; the dossier stays where the table's RECONVENE leaves it (its own stage). */
function dissolve(state: SupportRequestState, path: readonly Stage[], note: string, reconvening: Reconvening): Applied {
  if (reconvening === 'NEW_VISIT') return walk(state, path.length > 0 ? path : [state.stage], note);
  return path.length > 0 ? walk(state, path, note) : { state, events: [{ type: 'CouncilDissolved', note }] };
}
