import { retryDelayMs } from './retry-delay';

describe('delivery backoff', () => {
  it('doubles from the base after each failed attempt and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(attempt, 5000, 30_000))).toEqual([
      5000, 10_000, 20_000, 30_000, 30_000, 30_000,
    ]);
  });
});
