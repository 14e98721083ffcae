import { packInForce } from '../rule-packs/pack-in-force';

/**
 * How freed money is handed to the dossiers waiting for a programme's yearly budget.
 * - `STRICT_FIFO`: in order of approval; the queue stops at the first dossier that does not fit, so a
 *   newer, smaller dossier never passes an older one still waiting (issue 15 §2).
 * - `FIRST_FIT`: in order of approval, but a dossier that does not fit is passed over for the next one.
 * No legal text retrieved sets this order. STRICT_FIFO is our decision (first approved, first funded is
 * what an applicant can be told and check); a rule pack may choose FIRST_FIT [unverified].
 */
export type BudgetWaitlistOrder = 'STRICT_FIFO' | 'FIRST_FIT';

export const DEFAULT_BUDGET_WAITLIST_ORDER: BudgetWaitlistOrder = 'STRICT_FIFO';

/**
 * The order in force on a day (ISO date): money is handed out under the pack in force when it is freed,
 * since the queue mixes dossiers judged by different packs and one budget must have one order.
 */
export function budgetWaitlistOrderOn(day: string): BudgetWaitlistOrder {
  return packInForce(day).budgetWaitlistOrder ?? DEFAULT_BUDGET_WAITLIST_ORDER;
}
