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

/** No event of its own yet: the timeline shows it and the dossier stays at LEADER_APPROVAL. */
export const budgetWaitlisted: StageEventHandler<'BudgetWaitlisted'> = async () => {};

/** The dossier's reservation goes back to the budget; the oldest waiting dossiers are answered to try theirs. */
export const budgetReleased: StageEventHandler<'BudgetReleased'> = async (s, e) => {
  s.result.waitlisted = await s.tools.budgets.release(s.m, s.input.applicationId);
  s.drafts.push(
    dossierEvent('BudgetReleased', s.identity, {
      programCode: s.input.programCode,
      year: e.year,
      amountVnd: e.amountVnd,
      reason: e.reason,
      releasedAt: s.at.toISOString(),
    }),
  );
};
