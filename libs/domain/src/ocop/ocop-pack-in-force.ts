import type { OcopPack } from './ocop-pack';
import { ocopPacks } from './ocop-packs';
import { versionById, versionInForce } from '../versioning/in-force';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The OCOP pack in force on a day (ISO date). */
export function ocopPackInForce(isoDate: string, packs: readonly OcopPack[] = ocopPacks): OcopPack {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`not an ISO date: ${isoDate}`);
  return versionInForce(packs, isoDate, 'OCOP pack');
}

export function ocopPackById(id: string, packs: readonly OcopPack[] = ocopPacks): OcopPack {
  return versionById(packs, id, 'OCOP pack');
}
