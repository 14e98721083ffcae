import { approvalRefusals as no } from './approval-refusals';
import type { Check } from './action-check';
import type { OfficerAction } from './officer-action';

const positiveVnd = (amount: number) => Number.isSafeInteger(amount) && amount > 0;

/** What each action needs beyond the table: amounts within their limits, the council's own rules. */
export const actionChecks: { [T in OfficerAction['type']]?: Check<Extract<OfficerAction, { type: T }>> } = {
  PROPOSE_AMOUNT: (state, _actor, action) => {
    if (!positiveVnd(action.amountVnd)) return no.amountNotPositive;
    return action.amountVnd > state.maxSupportVnd ? no.amountAboveCeiling(state.maxSupportVnd) : undefined;
  },
  DECLARE_CONFLICT: (state, actor) => {
    const member = state.council.find((m) => m.userId === actor.userId);
    if (!member) return no.notOnCouncil;
    return member.conflict === undefined ? undefined : no.alreadyDeclared;
  },
  VOTE: (state, actor) => {
    const member = state.council.find((m) => m.userId === actor.userId);
    if (!member) return no.notOnCouncil;
    if (member.conflict === undefined) return no.declareFirst;
    if (member.conflict) return no.conflicted;
    return member.vote === undefined ? undefined : no.alreadyVoted;
  },
  APPROVE: (state, actor) => {
    if (state.budget === 'WAITLISTED') return no.awaitingBudget;
    return actor.userId === state.appraiserId ? no.appraiserMayNotApprove : undefined;
  },
  RECORD_DISBURSEMENT: (state, _actor, action) => {
    if (!positiveVnd(action.amountVnd)) return no.disbursementNotPositive;
    return state.disbursedVnd + action.amountVnd > (state.acceptedAmountVnd ?? 0)
      ? no.disbursementAboveApproved
      : undefined;
  },
};
