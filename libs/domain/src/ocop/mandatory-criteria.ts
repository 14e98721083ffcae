import type { OcopPack } from './ocop-pack';
import { averageCentipoints, type Centipoints, type Points } from './points';
import type { MemberScoredSheet } from './council-sheets';
import type { ScoreCriterion } from './score-criteria';

export interface FailedMandatoryCriterion {
  code: string;
  nameVi: string;
  nameEn: string;
  minimumPoints: Points;
  /** The council's average on this criterion. */
  average: Centipoints;
  membersBelowMinimum: readonly string[];
}

/**
 * Mandatory minimum criteria (yêu cầu tối thiểu cần đạt), default rule COUNCIL_AVERAGE: a criterion fails
 * when the members' average on it is below its minimum (exactly: Σ points < minimum × sheets). Why: the
 * only way the texts combine members' judgements is the average (tổng điểm trung bình, domain.md §2.2),
 * the result is the council's, not one member's, and one member's slip should not veto a product the
 * council finds compliant. Members who scored below the minimum are still listed, so the chair sees any
 * dissent. A province whose council rules demand unanimity sets ANY_MEMBER in the pack.
 */
export function failedMandatoryCriteria(
  pack: OcopPack,
  criteria: readonly ScoreCriterion[],
  sheets: readonly MemberScoredSheet[],
): FailedMandatoryCriterion[] {
  const failed: FailedMandatoryCriterion[] = [];
  for (const c of criteria.filter((x) => x.mandatory)) {
    const below = sheets.filter((s) => (s.points[c.code] ?? 0) < c.minimumPoints).map((s) => s.memberId);
    const sum = sheets.reduce((total, s) => total + (s.points[c.code] ?? 0), 0);
    const fails =
      pack.mandatoryCriterionRule === 'ANY_MEMBER' ? below.length > 0 : sum < c.minimumPoints * sheets.length;
    if (fails)
      failed.push({
        code: c.code,
        nameVi: c.nameVi,
        nameEn: c.nameEn,
        minimumPoints: c.minimumPoints,
        average: averageCentipoints(sum, sheets.length),
        membersBelowMinimum: below,
      });
  }
  return failed;
}
