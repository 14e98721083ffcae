import { averageCentipoints, formatCentipoints } from './points';
import { starsForAverage } from './star-bands';

// Rule under test (points.ts): average of members' totals, rounded DOWN to the hundredth of a point, then
// banded. "70 đến dưới 90" means a product under 90 never gets 5★, however close.
describe('council average: rounded down to the hundredth, never up across a band', () => {
  it.each([
    // members' totals → sum / count, expected hundredths (hand-computed), expected stars
    ['90, 90, 89: 89.666… shows 89.66, still under 90 → 4★', 269, 3, 8966, 4],
    ['70, 70, 69: 69.666… shows 69.66, still under 70 → 3★', 209, 3, 6966, 3],
    ['50, 50, 49: 49.666… shows 49.66, still under 50 → 2★', 149, 3, 4966, 2],
    ['30, 30, 29: 29.666… shows 29.66, still under 30 → 1★', 89, 3, 2966, 1],
    ['8 members, sum 561: 70.125 shows 70.12 (half-up would print 70.13) → 4★', 561, 8, 7012, 4],
    ['200 members, sum 17999: 89.995 shows 89.99 (half-up would print 90.00 and give 5★) → 4★', 17999, 200, 8999, 4],
    ['90, 90, 90: exactly 90.00 → 5★', 270, 3, 9000, 5],
    ['7 members, sum 350: exactly 50.00 → 3★', 350, 7, 5000, 3],
  ])('%s', (_case, sum, count, hundredths, stars) => {
    expect(averageCentipoints(sum, count)).toBe(hundredths);
    expect(starsForAverage(averageCentipoints(sum, count))).toBe(stars);
  });

  it('refuses a negative or fractional sum and an empty council', () => {
    expect(() => averageCentipoints(-1, 3)).toThrow(RangeError);
    expect(() => averageCentipoints(10.5, 3)).toThrow(RangeError);
    expect(() => averageCentipoints(10, 0)).toThrow(RangeError);
  });

  it.each([
    [8966, '89,66', '89.66'],
    [9000, '90,00', '90.00'],
    [5, '0,05', '0.05'],
  ])('formats %i hundredths as %s (vi) and %s (en)', (value, vi, en) => {
    expect(formatCentipoints(value)).toEqual({ vi, en });
  });
});
