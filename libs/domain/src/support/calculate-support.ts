import { assertVnd, percentOf, scale, type BasisPoints, type Vnd } from '../money/money';
import { formatVnd } from '../money/money-format';
import type { InterestShareFormula, PercentOfCostFormula, SupportFormula } from '../rule-packs/rule-pack';

export interface CostInput {
  eligibleCostVnd: Vnd;
  /** A whole technology line (dây chuyền công nghệ): raises the cap where the formula allows it. */
  wholeTechnologyLine?: boolean;
}

export interface LoanInput {
  loanAmountVnd: Vnd;
  /** Annual interest rate of the loan in basis points (9.5 % = 950). */
  annualInterestRate: BasisPoints;
  months: number;
}

export interface SupportResult {
  supportVnd: Vnd;
  /** The amount the percentage alone gives, before the cap. */
  uncappedVnd: Vnd;
  capVnd: Vnd;
  capped: boolean;
  explanationVi: string;
  explanationEn: string;
}

const pct = (bp: BasisPoints) => `${(bp / 100).toLocaleString('vi-VN')} %`;

function percentOfCost(f: PercentOfCostFormula, input: CostInput): SupportResult {
  assertVnd(input.eligibleCostVnd, 'eligibleCostVnd');
  const m = input.wholeTechnologyLine ? f.wholeLineCapMultiplier : undefined;
  const capVnd = m ? scale(f.capVnd, m.numerator, m.denominator) : f.capVnd;
  const uncappedVnd = percentOf(input.eligibleCostVnd, f.percent);
  const supportVnd = Math.min(uncappedVnd, capVnd);
  const capNote = m ? ` (dây chuyền: ${m.numerator}/${m.denominator} × ${formatVnd(f.capVnd)})` : '';
  return {
    supportVnd,
    uncappedVnd,
    capVnd,
    capped: uncappedVnd > capVnd,
    explanationVi: `${pct(f.percent)} × ${formatVnd(input.eligibleCostVnd)} = ${formatVnd(uncappedVnd)}; mức trần ${formatVnd(capVnd)}${capNote}`,
    explanationEn: `${f.percent / 100}% of ${input.eligibleCostVnd} VND = ${uncappedVnd} VND; cap ${capVnd} VND${m ? ' (whole line)' : ''}`,
  };
}

function interestShare(f: InterestShareFormula, input: LoanInput): SupportResult {
  assertVnd(input.loanAmountVnd, 'loanAmountVnd');
  if (!Number.isInteger(input.months) || input.months < 1) throw new RangeError('months must be a whole number ≥ 1');
  if (
    !Number.isInteger(input.annualInterestRate) ||
    input.annualInterestRate < 0 ||
    input.annualInterestRate > 10_000
  ) {
    throw new RangeError('annualInterestRate must be whole basis points between 0 and 10000');
  }
  const months = Math.min(input.months, f.maxMonths);
  // One floor at the end: loan × rate × months / 12 × share, all in integers.
  const uncappedVnd = Number(
    (BigInt(input.loanAmountVnd) * BigInt(input.annualInterestRate) * BigInt(months) * BigInt(f.share)) /
      (10_000n * 12n * 10_000n),
  );
  const supportVnd = Math.min(uncappedVnd, f.capVnd);
  return {
    supportVnd,
    uncappedVnd,
    capVnd: f.capVnd,
    capped: uncappedVnd > f.capVnd,
    explanationVi: `${pct(f.share)} tiền lãi của ${formatVnd(input.loanAmountVnd)} với lãi suất ${pct(input.annualInterestRate)}/năm trong ${months} tháng = ${formatVnd(uncappedVnd)}; mức trần ${formatVnd(f.capVnd)}`,
    explanationEn: `${f.share / 100}% of the interest on ${input.loanAmountVnd} VND at ${input.annualInterestRate / 100}%/year for ${months} months = ${uncappedVnd} VND; cap ${f.capVnd} VND`,
  };
}

/** Proposed support for a programme's formula; throws RangeError on inputs the formula cannot take. */
export function calculateSupport(formula: SupportFormula, input: CostInput | LoanInput): SupportResult {
  if (formula.kind === 'PERCENT_OF_COST') {
    if (!('eligibleCostVnd' in input)) throw new RangeError('this programme needs eligibleCostVnd');
    return percentOfCost(formula, input);
  }
  if (!('loanAmountVnd' in input))
    throw new RangeError('this programme needs loanAmountVnd, annualInterestRate and months');
  return interestShare(formula, input);
}
