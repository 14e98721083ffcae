import type { VisitRow } from './visit-row';
import { HOLDER_PARTIES, type HolderParty } from './stage-holders';
import { round3 } from './intervals';

/** Working days each party held the case until it closed. */
export function partyDays(visits: readonly VisitRow[], closedAt: number): Record<HolderParty, number> {
  const days = Object.fromEntries(HOLDER_PARTIES.map((p) => [p, 0])) as Record<HolderParty, number>;
  for (const v of visits) {
    if (Date.parse(v.enteredAt) >= closedAt || v.holderDays === null) continue;
    days[v.holder] = round3(days[v.holder] + v.holderDays);
    days.APPLICANT = round3(days.APPLICANT + v.pausedDays);
    days.BUDGET_WAIT = round3(days.BUDGET_WAIT + v.budgetWaitDays);
  }
  return days;
}
