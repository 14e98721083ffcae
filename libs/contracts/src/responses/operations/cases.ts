// The operations API's lists of cases: the SLA lists (keyset pages) and one case's read model (the new-rural
// appraisals: rural-appraisals.ts).
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
export interface OperationsCaseDetail {
  case: Record<string, unknown>;
  visits: Record<string, unknown>[];
}
