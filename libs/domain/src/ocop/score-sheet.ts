import type { OcopPart } from './ocop-pack';
import { ocopMessages } from './ocop-messages';
import { isWholePoints, type Points } from './points';
import { templateCriteria, type ScoreTemplate } from './score-template';

export type ScoreSheetProblemCode = 'MISSING_ANSWER' | 'UNKNOWN_CRITERION' | 'NOT_WHOLE_POINTS' | 'OUT_OF_RANGE';

export interface ScoreSheetProblem {
  code: ScoreSheetProblemCode;
  criterionCode: string;
  messageVi: string;
  messageEn: string;
}

/** A member's sheet after validation; every total is computed here, never taken from the client. */
export interface ScoredSheet {
  templateId: string;
  points: Readonly<Record<string, Points>>;
  partTotals: Readonly<Record<OcopPart, Points>>;
  total: Points;
}

export type ScoreSheetResult =
  ({ ok: true } & ScoredSheet) | { ok: false; templateId: string; problems: readonly ScoreSheetProblem[] };

const problem = (
  code: ScoreSheetProblemCode,
  criterionCode: string,
  message: { vi: string; en: string },
): ScoreSheetProblem => ({ code, criterionCode, messageVi: message.vi, messageEn: message.en });

/**
 * Checks one member's answers (criterion code → points) against the template: every criterion answered,
 * each a whole number from 0 to its maximum, no unknown criterion. Values are `unknown` because they come
 * from a client. Problems are listed in sheet order, unknown criteria last.
 */
export function scoreSheet(template: ScoreTemplate, answers: Readonly<Record<string, unknown>>): ScoreSheetResult {
  const lines = templateCriteria(template);
  const known = new Set(lines.map((l) => l.criterion.code));
  const problems: ScoreSheetProblem[] = [];
  const points: Record<string, Points> = {};
  const partTotals: Record<OcopPart, Points> = { A: 0, B: 0, C: 0 };

  for (const { part, criterion } of lines) {
    const code = criterion.code;
    const value = Object.prototype.hasOwnProperty.call(answers, code) ? answers[code] : undefined;
    if (value === undefined || value === null)
      problems.push(problem('MISSING_ANSWER', code, ocopMessages.missingAnswer(code)));
    else if (!isWholePoints(value)) problems.push(problem('NOT_WHOLE_POINTS', code, ocopMessages.notWholePoints(code)));
    else if (value < 0 || value > criterion.maxPoints)
      problems.push(problem('OUT_OF_RANGE', code, ocopMessages.outOfRange(code, criterion.maxPoints)));
    else {
      points[code] = value;
      partTotals[part] += value;
    }
  }
  for (const code of Object.keys(answers).sort())
    if (!known.has(code)) problems.push(problem('UNKNOWN_CRITERION', code, ocopMessages.unknownCriterion(code)));

  if (problems.length > 0) return { ok: false, templateId: template.id, problems };
  return { ok: true, templateId: template.id, points, partTotals, total: partTotals.A + partTotals.B + partTotals.C };
}
