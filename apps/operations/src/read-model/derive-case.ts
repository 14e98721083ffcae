import type { WorkingDayCalendar } from '@kc/domain';
import { sameInstantRank, type CaseFact, type DatedFact } from './case-facts';
import { CASE_STEPS, type CaseInProgress } from './case-steps';
import { emptyCase, type CaseRow } from './derived-rows';
import { type VisitRow } from './visit-row';
import { partyDays } from './party-days';
import { closeVisit, openVisit, settleDeadline, type OpenVisit } from './visit-clock';
import { iso, isOpen, round3, spans, type Interval } from './intervals';
import { vietnamDay, workingDaysElapsed } from './working-time';

/**
 * Derives a case's row and its stage visits from its facts, sorted by time. Pure: the same facts give
 * the same rows, whatever order the events arrived in and whenever it runs (no "now").
 */
export class CaseDerivation implements CaseInProgress {
  readonly row: CaseRow;
  private readonly visits: VisitRow[] = [];
  visit: OpenVisit | undefined;
  readonly casePauses: Interval[] = [];

  constructor(
    private readonly calendar: WorkingDayCalendar,
    caseId: string,
  ) {
    this.row = emptyCase(caseId);
  }

  static derive(
    calendar: WorkingDayCalendar,
    caseId: string,
    facts: DatedFact[],
  ): { row: CaseRow; visits: VisitRow[] } {
    const derivation = new CaseDerivation(calendar, caseId);
    const sorted = [...facts].sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at) || sameInstantRank[a.fact.kind] - sameInstantRank[b.fact.kind],
    );
    for (const f of sorted) derivation.apply(Date.parse(f.at), f.fact);
    return derivation.finish();
  }

  private apply(at: number, fact: CaseFact): void {
    (CASE_STEPS[fact.kind] as (c: CaseInProgress, at: number, fact: CaseFact) => void)(this, at, fact);
  }

  enterVisit(at: number, stage: string, unitCode: string | null, dueAt: string | null): void {
    this.visit = openVisit(this.visits.length + 1, at, stage, unitCode, dueAt);
    this.visits.push(this.visit.row);
  }

  leaveVisit(at: number): void {
    if (this.visit) closeVisit(this.calendar, this.visit, at);
    this.visit = undefined;
  }

  private finish(): { row: CaseRow; visits: VisitRow[] } {
    const row = this.row;
    const open = this.visit;
    if (open) {
      settleDeadline(this.calendar, open);
      const paused = open.pauses.find((i) => i[1] === null);
      open.row.pausedSince = paused ? iso(paused[0]) : null;
      row.holder = paused ? 'APPLICANT' : isOpen(open.budget) ? 'BUDGET_WAIT' : open.row.holder;
      row.stageDueAt = open.row.effectiveDueAt;
      row.stageAtRiskAt = open.row.atRiskAt;
      row.pausedSince = open.row.pausedSince;
    }
    row.pausedDays = spans(this.calendar, this.casePauses, null).days;
    if (row.expectedResultDate) {
      row.dueDate = this.calendar.addWorkingDays(row.expectedResultDate, Math.ceil(row.pausedDays - 1e-9));
    }
    if (row.decidedAt && row.openedAt) {
      const decided = Date.parse(row.decidedAt);
      row.late = row.dueDate ? vietnamDay(decided) > row.dueDate : null;
      const elapsed = workingDaysElapsed(this.calendar, Date.parse(row.openedAt), decided);
      row.processingDays = round3(Math.max(0, elapsed - row.pausedDays));
    }
    if (row.closedAt) row.partyDays = partyDays(this.visits, Date.parse(row.closedAt));
    return { row, visits: this.visits };
  }
}
