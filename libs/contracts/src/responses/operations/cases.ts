// The operations API's lists of cases: the SLA lists (keyset pages), the new-rural appraisals, and one case's
// read model.
import type { TablePage } from './indicators';

export interface SlaRow<At = string> {
  caseId: string;
  code: string | null;
  programCode: string | null;
  unitCode: string | null;
  stage: string;
  holder: string | null;
  stageUnitCode: string | null;
  enteredAt: At;
  dueAt: At;
  atRiskAt: At | null;
  breached: boolean | null;
}
/** A page of an SLA list; `nextCursor` asks for the page after it (keyset), null on the last page. */
export interface SlaPage<At = string> extends TablePage<SlaRow<At>> {
  nextCursor: string | null;
}
/** A new-rural criteria appraisal of a year, where it stands, who holds it, by when. */
export interface RuralAppraisalRow<At = string> {
  appraisalId: string;
  commune: string;
  unitCode: string | null;
  level: string | null;
  targetYear: number | null;
  stage: string | null;
  holder: string | null;
  stageUnitCode: string | null;
  stageDueAt: At | null;
  breached: boolean;
  registeredAt: At | null;
  concludedAt: At | null;
  outcome: string | null;
}
export interface OperationsCaseDetail {
  case: Record<string, unknown>;
  visits: Record<string, unknown>[];
}
