import type { WorkingDayCalendar } from '@kc/domain';
import { sameInstantRank, type CaseFact, type CaseFactKind, type DatedFact } from './case-facts';
import { emptyCase, type CaseRow, type VisitRow } from './derived-rows';
import { AFTER_RESULT_STAGES, FINAL_STAGES, HOLDER_PARTIES, holderOf, type HolderParty } from './stage-holders';
import { vietnamDay, workingDaysElapsed } from './working-time';

type Interval = [number, number | null];

interface OpenVisit {
  row: VisitRow;
  pauses: Interval[];
  budget: Interval[];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const closeOpen = (intervals: Interval[], at: number) =>
  intervals.forEach((i) => {
    if (i[1] === null) i[1] = at;
  });
const isOpen = (intervals: Interval[]) => intervals.some((i) => i[1] === null);

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
    this.visit = {
      pauses: [],
      budget: [],
      row: {
        seq: this.visits.length + 1,
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
    this.visits.push(this.visit.row);
  }

  /** Sums a list of intervals, the open one up to `until` (or left out when `until` is null). */
  private spans(intervals: Interval[], until: number | null): { ms: number; days: number } {
    let ms = 0;
    let days = 0;
    for (const [from, to] of intervals) {
      const end = to ?? until;
      if (end === null) continue;
      ms += end - from;
      days += workingDaysElapsed(this.calendar, from, end);
    }
    return { ms, days: round3(days) };
  }

  /**
   * Fills the visit's deadline columns from its pauses so far (the open one left out). The wait for budget
   * after an approval moves the deadline too: no officer can act on a dossier waiting for money.
   */
  private settleDeadline(visit: OpenVisit): void {
    const r = visit.row;
    r.pausedMs = this.spans(visit.pauses, null).ms;
    if (!r.dueAt) return;
    const due = Date.parse(r.dueAt) + r.pausedMs + this.spans(visit.budget, null).ms;
    r.effectiveDueAt = iso(due);
    r.atRiskAt = iso(due - 0.25 * Math.max(0, Date.parse(r.dueAt) - Date.parse(r.enteredAt)));
  }

  private leaveVisit(at: number): void {
    const visit = this.visit;
    if (!visit) return;
    this.visit = undefined;
    closeOpen(visit.pauses, at);
    closeOpen(visit.budget, at);
    this.settleDeadline(visit);
    const r = visit.row;
    r.leftAt = iso(at);
    r.workingDays = round3(workingDaysElapsed(this.calendar, Date.parse(r.enteredAt), at));
    r.pausedDays = this.spans(visit.pauses, null).days;
    r.budgetWaitDays = this.spans(visit.budget, null).days;
    r.holderDays = round3(Math.max(0, r.workingDays - r.pausedDays - r.budgetWaitDays));
    r.late = r.effectiveDueAt ? at > Date.parse(r.effectiveDueAt) : null;
  }

  private finish(): { row: CaseRow; visits: VisitRow[] } {
    const row = this.row;
    const open = this.visit;
    if (open) {
      this.settleDeadline(open);
      const paused = open.pauses.find((i) => i[1] === null);
      open.row.pausedSince = paused ? iso(paused[0]) : null;
      row.holder = paused ? 'APPLICANT' : isOpen(open.budget) ? 'BUDGET_WAIT' : open.row.holder;
      row.stageDueAt = open.row.effectiveDueAt;
      row.stageAtRiskAt = open.row.atRiskAt;
      row.pausedSince = open.row.pausedSince;
    }
    row.pausedDays = this.spans(this.casePauses, null).days;
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
