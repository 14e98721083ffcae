/**
 * OCOP points without floating point.
 *
 * - `Points`: whole points, the unit of one criterion on one member's sheet and of a sheet's totals. The
 *   Annex III sheets score each criterion by picking a level worth a whole number of points
 *   [unverified: no half points; confirm against Annex III of QĐ 148/QĐ-TTg].
 * - `Centipoints`: hundredths of a point (1 point = 100), the unit of council averages.
 *
 * Averaging rule (tổng điểm trung bình / average total): average = Σ members' totals ÷ number of sheets,
 * rounded DOWN to the hundredth. Why down and not half-up:
 * - QĐ 148 writes the bands as "từ 70 đến dưới 90 điểm" (70 to UNDER 90): a product averaging 89.995 is
 *   under 90. Rounding half-up would print 90.00 and give it 5★, which the text forbids.
 * - Every band threshold is a whole number of points, so floor(x × 100) ≥ T × 100 exactly when x ≥ T:
 *   banding the truncated average gives the same star as banding the exact fraction. The number shown to
 *   the applicant and the star therefore always agree, and no rounding ever decides a band.
 * - QĐ 1048 wrote the bands in whole points ("70 đến 89"), leaving 89.5 in no band; domain.md §2.3 reads
 *   them as 148's half-open bands, and so do we.
 */
export type Points = number;
export type Centipoints = number;

export const CENTIPOINTS_PER_POINT = 100;

export function isWholePoints(value: unknown): value is Points {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function toCentipoints(points: Points): Centipoints {
  return points * CENTIPOINTS_PER_POINT;
}

/** floor(sum × 100 ÷ count), in integers only. */
export function averageCentipoints(sumOfPoints: Points, count: number): Centipoints {
  if (!Number.isSafeInteger(sumOfPoints) || sumOfPoints < 0) throw new RangeError('sum must be whole, non-negative');
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError('count must be a whole number ≥ 1');
  const scaled = sumOfPoints * CENTIPOINTS_PER_POINT;
  return (scaled - (scaled % count)) / count;
}

/** 8966 → "89,66" (Vietnamese decimal comma) and "89.66". */
export function formatCentipoints(value: Centipoints): { vi: string; en: string } {
  const whole = Math.trunc(value / CENTIPOINTS_PER_POINT);
  const hundredths = String(Math.abs(value % CENTIPOINTS_PER_POINT)).padStart(2, '0');
  return { vi: `${whole},${hundredths}`, en: `${whole}.${hundredths}` };
}
