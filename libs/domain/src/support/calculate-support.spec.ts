import { calculateSupport } from './calculate-support';
import { programRulesTt28 } from '../rule-packs/common-program-rules';

const { DEMO_MODEL, MACHINERY, RELOCATION_INTEREST, ROOFTOP_SOLAR } = programRulesTt28;

describe('support for a share of eligible cost (rounded down to the đồng, then capped)', () => {
  it.each([
    // programme, eligible cost, whole line, expected support, capped
    ['DEMO_MODEL 30 %: tiny cost rounds down', DEMO_MODEL, 1, false, 0, false],
    ['DEMO_MODEL 30 %: ordinary', DEMO_MODEL, 2_000_000_000, false, 600_000_000, false],
    ['DEMO_MODEL just under the 1,000 m cap', DEMO_MODEL, 3_333_333_333, false, 999_999_999, false],
    ['DEMO_MODEL reaching the cap exactly', DEMO_MODEL, 3_333_333_334, false, 1_000_000_000, false],
    ['DEMO_MODEL just over the cap', DEMO_MODEL, 3_333_333_340, false, 1_000_000_000, true],
    ['MACHINERY 50 %: odd cost rounds down', MACHINERY, 7, false, 3, false],
    ['MACHINERY just under the 300 m cap', MACHINERY, 599_999_999, false, 299_999_999, false],
    ['MACHINERY at the cap', MACHINERY, 600_000_000, false, 300_000_000, false],
    ['MACHINERY just over the cap', MACHINERY, 600_000_002, false, 300_000_000, true],
    ['MACHINERY whole line: 1.5 × cap applies', MACHINERY, 800_000_000, true, 400_000_000, false],
    ['MACHINERY whole line at 450 m', MACHINERY, 900_000_000, true, 450_000_000, false],
    ['MACHINERY whole line just over 450 m', MACHINERY, 900_000_002, true, 450_000_000, true],
    [
      'DEMO_MODEL ignores "whole line" (no multiplier in its rule)',
      DEMO_MODEL,
      4_000_000_000,
      true,
      1_000_000_000,
      true,
    ],
    ['ROOFTOP_SOLAR default 30 %', ROOFTOP_SOLAR, 1_000_000_000, false, 300_000_000, false],
  ])('%s', (_label, rule, cost, wholeLine, expected, capped) => {
    const result = calculateSupport(rule.support, { eligibleCostVnd: cost, wholeTechnologyLine: wholeLine });
    expect(result.supportVnd).toBe(expected);
    expect(result.capped).toBe(capped);
  });

  it('handles costs whose product passes 2^53 without losing a đồng', () => {
    const result = calculateSupport(MACHINERY.support, { eligibleCostVnd: 9_007_199_254_740_991 });
    expect(result.uncappedVnd).toBe(4_503_599_627_370_495);
    expect(result.supportVnd).toBe(300_000_000);
  });

  it('explains the figure in Vietnamese with VND formatting', () => {
    const { explanationVi } = calculateSupport(MACHINERY.support, {
      eligibleCostVnd: 800_000_000,
      wholeTechnologyLine: true,
    });
    expect(explanationVi).toContain('50 %');
    expect(explanationVi).toContain('450.000.000 ₫');
    expect(explanationVi).toContain('dây chuyền');
  });

  it.each([[-1], [1.5], [Number.NaN]])('refuses an eligible cost of %p', (cost) => {
    expect(() => calculateSupport(DEMO_MODEL.support, { eligibleCostVnd: cost })).toThrow(RangeError);
  });
});

describe('interest support for relocating into an industrial cluster (50 % of interest, ≤ 24 months, ≤ 300 m)', () => {
  it.each([
    ['one year at 12 % on 1 bn', 1_000_000_000, 1200, 12, 60_000_000, false],
    ['months beyond 24 are not supported', 1_000_000_000, 1200, 36, 120_000_000, false],
    ['just under the cap', 2_499_999_999, 1200, 24, 299_999_999, false],
    ['at the cap', 2_500_000_000, 1200, 24, 300_000_000, false],
    ['just over the cap', 2_500_000_009, 1200, 24, 300_000_000, true],
    ['rounds down to the đồng', 1_000_001, 950, 7, 27_708, false],
  ])('%s', (_label, loan, rate, months, expected, capped) => {
    const result = calculateSupport(RELOCATION_INTEREST.support, {
      loanAmountVnd: loan,
      annualInterestRate: rate,
      months,
    });
    expect(result.supportVnd).toBe(expected);
    expect(result.capped).toBe(capped);
  });

  it('refuses the wrong kind of input for the programme', () => {
    expect(() => calculateSupport(RELOCATION_INTEREST.support, { eligibleCostVnd: 1 })).toThrow(/needs loanAmountVnd/);
    expect(() => calculateSupport(MACHINERY.support, { loanAmountVnd: 1, annualInterestRate: 1, months: 1 })).toThrow(
      /needs eligibleCostVnd/,
    );
  });

  it.each([
    [{ loanAmountVnd: 1, annualInterestRate: 1200, months: 0 }],
    [{ loanAmountVnd: 1, annualInterestRate: 10_001, months: 1 }],
    [{ loanAmountVnd: -5, annualInterestRate: 1200, months: 1 }],
  ])('refuses %p', (input) => {
    expect(() => calculateSupport(RELOCATION_INTEREST.support, input)).toThrow(RangeError);
  });
});
