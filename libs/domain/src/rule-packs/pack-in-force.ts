import type { RulePack } from './rule-pack';
import { rulePacks } from './dong-nai-packs';

/** The pack in force on a day (ISO date): the latest whose effectiveFrom is on or before it. */
export function packInForce(day: string, packs: readonly RulePack[] = rulePacks): RulePack {
  let found: RulePack | undefined;
  for (const pack of packs)
    if (pack.effectiveFrom <= day && (!found || pack.effectiveFrom > found.effectiveFrom)) found = pack;
  if (!found) throw new RangeError(`no rule pack in force on ${day}`);
  return found;
}

export function packById(id: string, packs: readonly RulePack[] = rulePacks): RulePack {
  const pack = packs.find((p) => p.id === id);
  if (!pack) throw new RangeError(`unknown rule pack ${id}`);
  return pack;
}
