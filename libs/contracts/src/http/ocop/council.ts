// What a council member of the OCOP service (/api/ocop) sees and sends: their seat, the product's score
// template, the conflict-of-interest declaration and the score sheet (totalled by the server).

export interface OcopTemplateCriterion {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  mandatory: boolean;
  minimumPoints: number;
}

export interface OcopTemplatePart {
  part: 'A' | 'B' | 'C';
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  criteria: readonly OcopTemplateCriterion[];
}

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

export interface ScoreSheetRequest {
  answers: Record<string, number>;
}

/** The member's sheet as the server totalled it (the client never sends totals). */
export interface ScoreSheetAnswer {
  evaluationId: string;
  level: string;
  councilStatus: string;
  points: Readonly<Record<string, number>>;
  partTotals: Readonly<Record<string, number>>;
  total: number;
}
