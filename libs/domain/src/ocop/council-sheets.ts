import { ocopMessages } from './ocop-messages';
import { scoreSheet, type ScoredSheet, type ScoreSheetProblem } from './score-sheet';
import type { ScoreTemplate } from './score-template';

export interface MemberSheet {
  memberId: string;
  /** Criterion code → points, as the member entered them. */
  answers: Readonly<Record<string, unknown>>;
}

export type CouncilProblem = { code: 'DUPLICATE_MEMBER' | 'TOO_MANY_SHEETS'; messageVi: string; messageEn: string };

export type MemberScoredSheet = ScoredSheet & { memberId: string };

/** Scores every member's sheet; a member may submit once and the council cannot have more sheets than members. */
export function validateCouncilSheets(template: ScoreTemplate, sheets: readonly MemberSheet[], memberCount: number) {
  const councilProblems: CouncilProblem[] = [];
  const sheetProblems: { memberId: string; problems: readonly ScoreSheetProblem[] }[] = [];
  const scored: MemberScoredSheet[] = [];
  const seen = new Set<string>();
  if (sheets.length > memberCount) {
    const m = ocopMessages.tooManySheets(sheets.length, memberCount);
    councilProblems.push({ code: 'TOO_MANY_SHEETS', messageVi: m.vi, messageEn: m.en });
  }
  for (const sheet of sheets) {
    if (seen.has(sheet.memberId)) {
      const m = ocopMessages.duplicateMember(sheet.memberId);
      councilProblems.push({ code: 'DUPLICATE_MEMBER', messageVi: m.vi, messageEn: m.en });
      continue;
    }
    seen.add(sheet.memberId);
    const result = scoreSheet(template, sheet.answers);
    if (result.ok) scored.push({ ...result, memberId: sheet.memberId });
    else sheetProblems.push({ memberId: sheet.memberId, problems: result.problems });
  }
  return { councilProblems, sheetProblems, scored };
}
