import { pointsToNextStar, starsForAverage } from './star-bands';

// QĐ 148: 5★ 90–100, 4★ 70–<90, 3★ 50–<70, 2★ 30–<50, 1★ <30. Averages in hundredths of a point.
describe('star bands from the average total', () => {
  it.each([
    [0, 1],
    [2999, 1],
    [3000, 2],
    [4999, 2],
    [5000, 3],
    [6999, 3],
    [7000, 4],
    [8999, 4],
    [9000, 5],
    [10000, 5],
  ])('an average of %i hundredths is %i★', (average, stars) => {
    expect(starsForAverage(average)).toBe(stars);
  });

  it.each([
    [7533, { stars: 5, missing: 1467 }],
    [8999, { stars: 5, missing: 1 }],
    [2999, { stars: 2, missing: 1 }],
    [5000, { stars: 4, missing: 2000 }],
  ])('at %i hundredths the next star needs %o', (average, next) => {
    expect(pointsToNextStar(average)).toEqual(next);
  });

  it('has no next star at 5★', () => {
    expect(pointsToNextStar(9000)).toBeNull();
  });
});
