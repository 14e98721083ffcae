import { dossierEvent } from '../stage-event-mapping';
import type { StageEventHandler } from './stage-step';

/** The approval took its amount from the programme's budget (the ledger reserved it before the step). */
export const budgetReserved: StageEventHandler<'BudgetReserved'> = async (s, e) => {
  s.drafts.push(
    dossierEvent('BudgetReserved', s.identity, {
      programCode: s.input.programCode,
      year: e.year,
      amountVnd: e.amountVnd,
      reservedAt: s.at.toISOString(),
    }),
  );
};

/** The approval waits for money at LEADER_APPROVAL, at its place in the programme's wait-list. */
export const budgetWaitlisted: StageEventHandler<'BudgetWaitlisted'> = async (s, e) => {
  // Freed money may have reached it between the reservation and this step: then it is first in line.
  const position = (await s.tools.budgets.positionOf(s.m, s.input.applicationId)) ?? 1;
  s.drafts.push(
    dossierEvent('BudgetWaitlisted', s.identity, {
      programCode: s.input.programCode,
      year: e.year,
      amountVnd: e.amountVnd,
      position,
      waitlistedAt: s.at.toISOString(),
    }),
  );
};
