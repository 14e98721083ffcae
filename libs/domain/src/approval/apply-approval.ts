import { leads, walk, type Applied } from './stage-moves';
import type { BudgetOutcome, SupportRequestState } from './support-request.types';

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
