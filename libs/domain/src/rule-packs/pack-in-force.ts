import type { RulePack } from './rule-pack';
import { rulePacks } from './dong-nai-packs';
import { versionById, versionInForce } from '../versioning/in-force';

/** The support rule pack in force on a day (ISO date). */
export function packInForce(day: string, packs: readonly RulePack[] = rulePacks): RulePack {
  return versionInForce(packs, day, 'rule pack');
}

export function packById(id: string, packs: readonly RulePack[] = rulePacks): RulePack {
  return versionById(packs, id, 'rule pack');
}
