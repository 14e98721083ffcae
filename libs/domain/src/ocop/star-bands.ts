import { toCentipoints, type Centipoints, type Points } from './points';

export type OcopStars = 1 | 2 | 3 | 4 | 5;

/** One star band (hạng sao): from `fromPoints` (inclusive) up to the next band's start (exclusive). */
export interface StarBand {
  stars: OcopStars;
  fromPoints: Points;
}

/**
 * QĐ 148/QĐ-TTg (same bands as QĐ 1048, domain.md §2.3): 5★ 90–100, 4★ 70–<90, 3★ 50–<70, 2★ 30–<50,
 * 1★ < 30. Highest first, so the first band the average reaches is the answer.
 */
export const ocopStarBands: readonly StarBand[] = [
  { stars: 5, fromPoints: 90 },
  { stars: 4, fromPoints: 70 },
  { stars: 3, fromPoints: 50 },
  { stars: 2, fromPoints: 30 },
  { stars: 1, fromPoints: 0 },
];

export function starsForAverage(average: Centipoints, bands: readonly StarBand[] = ocopStarBands): OcopStars {
  const band = bands.find((b) => average >= toCentipoints(b.fromPoints));
  if (!band) throw new RangeError(`no star band for ${average} hundredths of a point`);
  return band.stars;
}

/** Hundredths of a point still missing to reach the next band, or null at the top band. */
export function pointsToNextStar(
  average: Centipoints,
  bands: readonly StarBand[] = ocopStarBands,
): { stars: OcopStars; missing: Centipoints } | null {
  const stars = starsForAverage(average, bands);
  const next = bands.find((b) => b.stars === stars + 1);
  return next ? { stars: next.stars, missing: toCentipoints(next.fromPoints) - average } : null;
}
