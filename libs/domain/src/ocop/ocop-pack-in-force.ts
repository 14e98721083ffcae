import type { OcopPack } from './ocop-pack';
import { ocopPacks } from './ocop-packs';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The OCOP pack in force on a day (ISO date): the latest whose effectiveFrom is on or before it. */
export function ocopPackInForce(isoDate: string, packs: readonly OcopPack[] = ocopPacks): OcopPack {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`not an ISO date: ${isoDate}`);
  let found: OcopPack | undefined;
  for (const pack of packs)
    if (pack.effectiveFrom <= isoDate && (!found || pack.effectiveFrom > found.effectiveFrom)) found = pack;
  if (!found) throw new RangeError(`no OCOP pack in force on ${isoDate}`);
  return found;
}

export function ocopPackById(id: string, packs: readonly OcopPack[] = ocopPacks): OcopPack {
  const pack = packs.find((p) => p.id === id);
  if (!pack) throw new RangeError(`unknown OCOP pack ${id}`);
  return pack;
}
