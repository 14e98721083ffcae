import type { AuthUser } from '@kc/auth';
import type { SupportRequestState } from '@kc/domain';

/**
 * Who may read a dossier's approval state, by the inbox's rules: operators always; a council member on the
 * dossier's council who has not declared a conflict (the law: a conflicted member may neither see nor vote);
 * any other officer only when one of the dossier's tasks is theirs to see (their unit and role, or assigned).
 */
export function maySeeApproval(user: AuthUser, state: SupportRequestState, hasVisibleTask: boolean): boolean {
  if (user.roles.includes('OPERATOR')) return true;
  const seat = state.council.find((m) => m.userId === user.id);
  if (seat) return seat.conflict !== true;
  return hasVisibleTask;
}

/** Council stages before the council closes: votes stay secret (each member still sees their own). */
const VOTING: readonly string[] = ['COUNCIL_REVIEW'];

export function withSecretVotes(state: SupportRequestState, user: AuthUser): SupportRequestState {
  if (!VOTING.includes(state.stage) || user.roles.includes('OPERATOR')) return state;
  return {
    ...state,
    council: state.council.map(({ vote, ...member }) => (member.userId === user.id ? { ...member, vote } : member)),
  };
}
