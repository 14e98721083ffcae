// What a council member of the OCOP service (/api/ocop) sees and sends: their seat, with the product's score
// template (score-template.ts), and the conflict-of-interest declaration. The score sheet: score-sheet.ts.
import type { OcopTemplatePart } from './score-template';

/** A council member's seat: what to do next and the score sheet of the product's template. */
export interface CouncilTask {
  evaluationId: string;
  product: { id: string; name: string; subjectName: string; groupCode: string };
  level: string;
  councilStatus: string;
  quorum: number;
  conflictDeclared: boolean | null;
  mySheet: { total: number; submittedAt: string } | null;
  nextAction: 'DECLARE_CONFLICT' | 'SUBMIT_SCORE_SHEET' | 'NONE';
  template: { id: string; parts: OcopTemplatePart[] };
}

export interface ConflictDeclarationRequest {
  hasConflict: boolean;
  note?: string;
}

export interface ConflictDeclarationAnswer {
  evaluationId: string;
  hasConflict: boolean;
}
