// A council member's score sheet (/api/ocop): the points sent, and the sheet as the server totalled it.

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
