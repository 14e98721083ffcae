import { Injectable } from '@nestjs/common';
import type { BudgetOutcome } from '@kc/domain';
import type { SupportRequestActivities } from '@kc/workflows';
import { BudgetLedger } from '../budgets/budget-ledger';

type ReservationRequest = Parameters<SupportRequestActivities['reserveBudget']>[0];

/**
 * The leader's approval asks the programme's yearly budget first: this activity takes the amount, or puts
 * the dossier on the wait-list, and answers which. The workflow hands the answer to the domain's pure
 * `applyApproval`, so the approval step itself does no I/O.
 */
@Injectable()
export class BudgetReservationActivity implements Pick<SupportRequestActivities, 'reserveBudget'> {
  constructor(private readonly budgets: BudgetLedger) {}

  reserveBudget(input: ReservationRequest): Promise<BudgetOutcome> {
    return this.budgets.reserve(input);
  }
}
