import type { HolderParty } from './stage-holders';

/** One dossier or OCOP evaluation as operators monitor it. */
export interface CaseRow {
  caseId: string;
  caseKind: 'DOSSIER' | 'OCOP' | 'RURAL';
  code: string;
  programCode: string | null;
  unitCode: string | null;
  productGroup: string | null;
  stage: string | null;
  stageUnitCode: string | null;
  holder: HolderParty | null;
  openedAt: string | null;
  expectedResultDate: string | null;
  /** The promised result date moved by the working days spent waiting on the applicant. */
  dueDate: string | null;
  stageDueAt: string | null;
  stageAtRiskAt: string | null;
  pausedSince: string | null;
  /** The administrative result (approval, refusal, …): what the on-time rate judges. */
  decidedAt: string | null;
  outcome: string | null;
  /** End of the procedure: the result, plus the budget wait after an approval. */
  closedAt: string | null;
  late: boolean | null;
  breached: boolean;
  processingDays: number | null;
  pausedDays: number;
  /** Working days each party held the case, once closed (delay attribution). */
  partyDays: Record<HolderParty, number> | null;
  stars: number | null;
  /** Submitted online (null: not a dossier, or not known). */
  submittedOnline: boolean | null;
  /** Documents received as files (digitised): at submission and with supplements; null when not known. */
  documents: number | null;
  ruralLevel: string | null;
  targetYear: number | null;
}

export function emptyCase(caseId: string): CaseRow {
  return {
    caseId,
    caseKind: 'DOSSIER',
    code: caseId,
    programCode: null,
    unitCode: null,
    productGroup: null,
    stage: null,
    stageUnitCode: null,
    holder: null,
    openedAt: null,
    expectedResultDate: null,
    dueDate: null,
    stageDueAt: null,
    stageAtRiskAt: null,
    pausedSince: null,
    decidedAt: null,
    outcome: null,
    closedAt: null,
    late: null,
    breached: false,
    processingDays: null,
    pausedDays: 0,
    partyDays: null,
    stars: null,
    submittedOnline: null,
    documents: null,
    ruralLevel: null,
    targetYear: null,
  };
}
