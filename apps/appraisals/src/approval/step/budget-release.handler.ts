import { dossierEvent } from '../stage-event-mapping';
import type { StageEventHandler } from './stage-step';

/** The dossier's reservation goes back to the budget; the waiting dossiers it now funds are woken. */
export const budgetReleased: StageEventHandler<'BudgetReleased'> = async (s, e) => {
  s.result.waitlisted.push(...(await s.tools.budgets.release(s.m, s.input.applicationId)));
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
