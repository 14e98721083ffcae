// A stage visit's clock: the intervals it was paused (waiting on the applicant) or waiting for budget, its
// deadline moved by them, and its working days split between the holder and those waits. Pure functions of
// the working-day calendar, used by CaseDerivation.
import type { WorkingDayCalendar } from '@kc/domain';
import { holderOf } from './stage-holders';
import type { VisitRow } from './visit-row';
import { closeOpen, iso, round3, spans, type Interval } from './intervals';
import { workingDaysElapsed } from './working-time';

export interface OpenVisit {
  row: VisitRow;
  pauses: Interval[];
  budget: Interval[];
}

export function openVisit(
  seq: number,
  at: number,
  stage: string,
  unitCode: string | null,
  dueAt: string | null,
): OpenVisit {
  return {
    pauses: [],
    budget: [],
    row: {
      seq,
      stage,
      holder: holderOf(stage),
      unitCode,
      enteredAt: iso(at),
      leftAt: null,
      dueAt,
      effectiveDueAt: null,
      atRiskAt: null,
      pausedSince: null,
      pausedMs: 0,
      workingDays: null,
      pausedDays: 0,
      budgetWaitDays: 0,
      holderDays: null,
      late: null,
      breached: false,
    },
  };
}

/**
 * Fills the visit's deadline columns from its pauses so far (the open one left out). The wait for budget
 * after an approval moves the deadline too: no officer can act on a dossier waiting for money.
 */
export function settleDeadline(calendar: WorkingDayCalendar, visit: OpenVisit): void {
  const r = visit.row;
  r.pausedMs = spans(calendar, visit.pauses, null).ms;
  if (!r.dueAt) return;
  const due = Date.parse(r.dueAt) + r.pausedMs + spans(calendar, visit.budget, null).ms;
  r.effectiveDueAt = iso(due);
  r.atRiskAt = iso(due - 0.25 * Math.max(0, Date.parse(r.dueAt) - Date.parse(r.enteredAt)));
}

/** Ends the visit at `at`: its waits close, its deadline settles, its days are split between holder and waits. */
export function closeVisit(calendar: WorkingDayCalendar, visit: OpenVisit, at: number): void {
  closeOpen(visit.pauses, at);
  closeOpen(visit.budget, at);
  settleDeadline(calendar, visit);
  const r = visit.row;
  r.leftAt = iso(at);
  r.workingDays = round3(workingDaysElapsed(calendar, Date.parse(r.enteredAt), at));
  r.pausedDays = spans(calendar, visit.pauses, null).days;
  r.budgetWaitDays = spans(calendar, visit.budget, null).days;
  r.holderDays = round3(Math.max(0, r.workingDays - r.pausedDays - r.budgetWaitDays));
  r.late = r.effectiveDueAt ? at > Date.parse(r.effectiveDueAt) : null;
}
