import type { Program } from '../api/types';
import { parseMoney } from '../format';

/** What people type for a cost: money as text ("1.200.000.000"), a rate as "9,5". */
export interface CostText {
  eligibleCost?: string;
  wholeLine?: boolean;
  loanAmount?: string;
  rate?: string;
  months?: string;
}

/** The cost as the API takes it, or null when it does not parse yet. */
export function costFromText(program: Program, c: CostText) {
  if (program.support.kind === 'INTEREST_SHARE') {
    const loanAmountVnd = parseMoney(c.loanAmount ?? '');
    const rate = Number((c.rate ?? '').replace(',', '.'));
    const months = Number(c.months);
    if (!loanAmountVnd || !(rate > 0) || !Number.isInteger(months) || months < 1) return null;
    return { loanAmountVnd, annualInterestRate: Math.round(rate * 100), months };
  }
  const eligibleCostVnd = parseMoney(c.eligibleCost ?? '');
  return eligibleCostVnd ? { eligibleCostVnd, wholeTechnologyLine: !!c.wholeLine } : null;
}
