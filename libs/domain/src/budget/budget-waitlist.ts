import { DEFAULT_BUDGET_WAITLIST_ORDER, type BudgetWaitlistOrder } from './budget-waitlist-order';

/** One dossier on the wait-list, as the ledger holds it. */
export interface WaitingDossier {
  applicationId: string;
  amountVnd: number;
}

/** Whether the walk goes on past a dossier that does not fit. */
const passesOver: Readonly<Record<BudgetWaitlistOrder, boolean>> = { STRICT_FIFO: false, FIRST_FIT: true };

/**
 * The dossiers the money left now funds, taken from `waiting` (oldest approval first), in that order.
 * Pure: the ledger locks the budget, reads the queue in approval order and applies the answer.
 */
export function grantFromWaitlist(
  availableVnd: number,
  waiting: readonly WaitingDossier[],
  order: BudgetWaitlistOrder = DEFAULT_BUDGET_WAITLIST_ORDER,
): string[] {
  const granted: string[] = [];
  let left = availableVnd;
  for (const dossier of waiting) {
    if (dossier.amountVnd <= left) {
      granted.push(dossier.applicationId);
      left -= dossier.amountVnd;
    } else if (!passesOver[order]) break;
  }
  return granted;
}
