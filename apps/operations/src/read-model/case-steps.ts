import { type CaseFact, type CaseFactKind } from './case-facts';
import type { CaseRow } from './derived-rows';
import { AFTER_RESULT_STAGES, FINAL_STAGES } from './stage-holders';
import { type OpenVisit } from './visit-clock';
import { closeOpen, iso, isOpen, type Interval } from './intervals';

/** A case being derived: its row so far, the stage visit open now, and the moves between visits. */
export interface CaseInProgress {
  readonly row: CaseRow;
  readonly visit: OpenVisit | undefined;
  /** Waits on the applicant before the result, the officer's clock stopped meanwhile. */
  readonly casePauses: Interval[];
  enterVisit(at: number, stage: string, unitCode: string | null, dueAt: string | null): void;
  leaveVisit(at: number): void;
}

type Step<K extends CaseFactKind> = (c: CaseInProgress, at: number, fact: Extract<CaseFact, { kind: K }>) => void;

/** What each kind of fact does to the case, one step per kind. */
export const CASE_STEPS: { [K in CaseFactKind]: Step<K> } = {
  OPENED: (c, at, f) => {
    Object.assign(c.row, {
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
    if (f.documents !== undefined && f.documents !== null) c.row.documents = (c.row.documents ?? 0) + f.documents;
  },
  STAGE: (c, at, f) => {
    c.leaveVisit(at);
    c.row.stage = f.stage;
    c.row.stageUnitCode = f.unitCode;
    if (FINAL_STAGES.has(f.stage) || AFTER_RESULT_STAGES.has(f.stage)) c.row.closedAt ??= iso(at);
    if (!FINAL_STAGES.has(f.stage)) c.enterVisit(at, f.stage, f.unitCode, f.dueAt);
  },
  PAUSED: (c, at) => {
    if (c.visit && !isOpen(c.visit.pauses)) c.visit.pauses.push([at, null]);
    if (!c.row.decidedAt && !isOpen(c.casePauses)) c.casePauses.push([at, null]);
  },
  RESUMED: (c, at) => {
    if (c.visit) closeOpen(c.visit.pauses, at);
    closeOpen(c.casePauses, at);
  },
  BREACHED: (c, _at, f) => {
    c.row.breached = true;
    if (c.visit?.row.stage === f.stage) c.visit.row.breached = true;
  },
  DECIDED: (c, at, f) => {
    if (c.row.decidedAt) return;
    c.row.decidedAt = iso(at);
    c.row.outcome = f.outcome;
    closeOpen(c.casePauses, at);
    if (f.outcome === 'APPROVED' && c.row.caseKind === 'DOSSIER') {
      if (c.visit && !isOpen(c.visit.budget)) c.visit.budget.push([at, null]);
      return;
    }
    // A refusal, an OCOP council's final word, …: the case ends here even if no stage change follows.
    c.leaveVisit(at);
    c.row.closedAt ??= iso(at);
  },
  // The leader approved but the budget could not fund it yet: the wait is the budget's, not the leader's.
  BUDGET_WAITLISTED: (c, at) => {
    if (c.visit && !isOpen(c.visit.budget)) c.visit.budget.push([at, null]);
  },
  BUDGET_RESERVED: (c, at) => {
    if (c.visit) closeOpen(c.visit.budget, at);
  },
  STARS: (c, _at, f) => {
    c.row.stars = f.stars;
  },
  // Supplements add files to a dossier whose count at submission is known; otherwise the total stays unknown.
  DOCUMENTS: (c, _at, f) => {
    if (c.row.documents !== null) c.row.documents += f.count;
  },
};
