import type { OcopPack } from './ocop-pack';

/** Sheets needed for a valid sitting: ceil(members × quorum share), in integers. */
export function councilQuorum(pack: OcopPack, memberCount: number): number {
  if (!Number.isSafeInteger(memberCount) || memberCount < 1)
    throw new RangeError('memberCount must be a whole number ≥ 1');
  const { numerator, denominator } = pack.councilQuorum;
  const product = memberCount * numerator;
  return (product - (product % denominator)) / denominator + (product % denominator === 0 ? 0 : 1);
}
