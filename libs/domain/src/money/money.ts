/**
 * Money is integer VND (Vietnamese đồng has no minor unit in practice). Rates are basis points
 * (1 % = 100 bp) so that no floating point touches an amount. Products go through BigInt: cost × rate
 * can pass 2^53 for large projects.
 *
 * Rounding rule: every computed amount is rounded DOWN to the whole đồng (the support may never exceed
 * the percentage the law allows), then capped.
 */
export type Vnd = number;
export type BasisPoints = number;

export function assertVnd(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${field} must be a whole, non-negative number of VND`);
}

/** floor(amount × bp / 10 000) */
export function percentOf(amount: Vnd, rate: BasisPoints): Vnd {
  assertVnd(amount, 'amount');
  return Number((BigInt(amount) * BigInt(rate)) / 10_000n);
}

/** floor(amount × numerator / denominator), for multipliers like 1.5 × cap. */
export function scale(amount: Vnd, numerator: number, denominator: number): Vnd {
  return Number((BigInt(amount) * BigInt(numerator)) / BigInt(denominator));
}
