import type { OcopLevelResult } from '@kc/contracts';
import type { OcopLevelResult as WorkflowLevelResult } from '@kc/workflows';

const points = (centipoints: number | null) => (centipoints === null ? null : centipoints / 100);

/**
 * A council's result as the applicant reads it: averages in points (two decimals, rounded down as the
 * domain rounds them), the parts against their maxima, failed mandatory criteria, the points missing for
 * the next star and the routing, with the explanation in Vietnamese and English.
 */
export function toLevelResultView(
  council: { level: string; status: string; quorum: number; result: unknown },
  partMax: Record<string, number>,
): OcopLevelResult {
  const r = council.result as WorkflowLevelResult | null;
  if (!r) return { level: council.level, status: council.status, quorum: council.quorum, result: null };
  return {
    level: council.level,
    status: council.status,
    quorum: council.quorum,
    result: {
      outcome: r.outcome,
      sheetsCounted: r.sheetsCounted,
      averageTotal: points(r.averageTotal),
      parts: r.partAverages
        ? (['A', 'B', 'C'] as const).map((p) => ({ part: p, average: points(r.partAverages![p]), max: partMax[p] }))
        : [],
      bandStars: r.bandStars,
      stars: r.stars,
      failedMandatory: r.failedMandatory.map((f) => ({
        code: f.code,
        nameVi: f.nameVi,
        nameEn: f.nameEn,
        minimumPoints: f.minimumPoints,
        average: points(f.average),
      })),
      nextStar: r.nextStar ? { stars: r.nextStar.stars, pointsMissing: points(r.nextStar.missing) } : null,
      routing: r.routing,
      explanation: r.explanation,
    },
  };
}
