import type { WorkingDayCalendar } from '@kc/domain';
import { sameInstantRank, type CaseFact, type CaseFactKind, type DatedFact } from './case-facts';
import { emptyCase, type CaseRow, type VisitRow } from './derived-rows';
import { AFTER_RESULT_STAGES, FINAL_STAGES, HOLDER_PARTIES, type HolderParty } from './stage-holders';
import {
  closeOpen,
  closeVisit,
  iso,
  isOpen,
  openVisit,
  round3,
  settleDeadline,
  spans,
  type Interval,
  type OpenVisit,
} from './visit-clock';
import { vietnamDay, workingDaysElapsed } from './working-time';

/**
 * Derives a case's row and its stage visits from its facts, sorted by time. Pure: the same facts give
 * the same rows, whatever order the events arrived in and whenever it runs (no "now").
 */
export class CaseDerivation {
  private readonly row: CaseRow;
  private readonly visits: VisitRow[] = [];
  private visit: OpenVisit | undefined;
  /** Waits on the applicant before the result, the officer's clock stopped meanwhile. */
  private readonly casePauses: Interval[] = [];

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

  private readonly steps: { [K in CaseFactKind]: (at: number, fact: Extract<CaseFact, { kind: K }>) => void } = {
    OPENED: (at, f) => {
      Object.assign(this.row, {
        caseKind: f.caseKind,
        code: f.code,
        programCode: f.programCode,
        unitCode: f.unitCode,
        productGroup: f.productGroup,
        expectedResultDate: f.expectedResultDate,
        openedAt: iso(at),
        submittedOnline: f.online ?? null,
        ruralLevel: f.ruralLevel ?? null,
        targetYear: f.targetYear ?? null,
      });
      if (f.documents !== undefined && f.documents !== null)
        this.row.documents = (this.row.documents ?? 0) + f.documents;
    },
    STAGE: (at, f) => {
      this.leaveVisit(at);
      this.row.stage = f.stage;
      this.row.stageUnitCode = f.unitCode;
      if (FINAL_STAGES.has(f.stage) || AFTER_RESULT_STAGES.has(f.stage)) this.row.closedAt ??= iso(at);
      if (!FINAL_STAGES.has(f.stage)) this.enterVisit(at, f.stage, f.unitCode, f.dueAt);
    },
    PAUSED: (at) => {
      if (this.visit && !isOpen(this.visit.pauses)) this.visit.pauses.push([at, null]);
      if (!this.row.decidedAt && !isOpen(this.casePauses)) this.casePauses.push([at, null]);
    },
    RESUMED: (at) => {
      if (this.visit) closeOpen(this.visit.pauses, at);
      closeOpen(this.casePauses, at);
    },
    BREACHED: (_at, f) => {
      this.row.breached = true;
      if (this.visit?.row.stage === f.stage) this.visit.row.breached = true;
    },
    DECIDED: (at, f) => {
      if (this.row.decidedAt) return;
      this.row.decidedAt = iso(at);
      this.row.outcome = f.outcome;
      closeOpen(this.casePauses, at);
      if (f.outcome === 'APPROVED' && this.row.caseKind === 'DOSSIER') {
        if (this.visit && !isOpen(this.visit.budget)) this.visit.budget.push([at, null]);
        return;
      }
      // A refusal, an OCOP council's final word, …: the case ends here even if no stage change follows.
      this.leaveVisit(at);
      this.row.closedAt ??= iso(at);
    },
    // The leader approved but the budget could not fund it yet: the wait is the budget's, not the leader's.
    BUDGET_WAITLISTED: (at) => {
      if (this.visit && !isOpen(this.visit.budget)) this.visit.budget.push([at, null]);
    },
    BUDGET_RESERVED: (at) => {
      if (this.visit) closeOpen(this.visit.budget, at);
    },
    STARS: (_at, f) => {
      this.row.stars = f.stars;
    },
    // Supplements add files to a dossier whose count at submission is known; otherwise the total stays unknown.
    DOCUMENTS: (_at, f) => {
      if (this.row.documents !== null) this.row.documents += f.count;
    },
  };

  private apply(at: number, fact: CaseFact): void {
    (this.steps[fact.kind] as (at: number, fact: CaseFact) => void)(at, fact);
  }

  private enterVisit(at: number, stage: string, unitCode: string | null, dueAt: string | null): void {
    this.visit = openVisit(this.visits.length + 1, at, stage, unitCode, dueAt);
    this.visits.push(this.visit.row);
  }

  private leaveVisit(at: number): void {
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
    if (row.closedAt) row.partyDays = this.attribution(Date.parse(row.closedAt));
    return { row, visits: this.visits };
  }

  /** Working days each party held the case until it closed. */
  private attribution(closedAt: number): Record<HolderParty, number> {
    const days = Object.fromEntries(HOLDER_PARTIES.map((p) => [p, 0])) as Record<HolderParty, number>;
    for (const v of this.visits) {
      if (Date.parse(v.enteredAt) >= closedAt || v.holderDays === null) continue;
      days[v.holder] = round3(days[v.holder] + v.holderDays);
      days.APPLICANT = round3(days.APPLICANT + v.pausedDays);
      days.BUDGET_WAIT = round3(days.BUDGET_WAIT + v.budgetWaitDays);
    }
    return days;
  }
}
