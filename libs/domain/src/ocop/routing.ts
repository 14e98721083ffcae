import type { OcopLevel, OcopLevelRule, OcopPack } from './ocop-pack';
import { toCentipoints, type Centipoints } from './points';
import type { OcopStars } from './star-bands';

/**
 * What happens after a council at `level` has scored a product (domain.md §2.4):
 * RECOGNISE: the level that recognises those stars under the pack issues the decision and certificate;
 * FORWARD: the average reaches this level's forward threshold, so the next evaluating level scores it;
 * NOT_RECOGNISED: a mandatory minimum failed, or the band is below the certificate.
 */
export type OcopRouting =
  | { kind: 'RECOGNISE'; level: OcopLevel; stars: OcopStars }
  | { kind: 'FORWARD'; from: OcopLevel; to: OcopLevel }
  | { kind: 'NOT_RECOGNISED'; reason: 'MANDATORY_FAILED' | 'BELOW_CERTIFICATE' };

export function evaluatingLevel(pack: OcopPack, level: OcopLevel): OcopLevelRule {
  const rule = pack.levels.find((l) => l.level === level);
  if (!rule || rule.role !== 'EVALUATE') throw new RangeError(`no council evaluates at ${level} under ${pack.id}`);
  return rule;
}

function nextEvaluatingLevel(pack: OcopPack, level: OcopLevel): OcopLevelRule | undefined {
  const index = pack.levels.findIndex((l) => l.level === level);
  return pack.levels.slice(index + 1).find((l) => l.role === 'EVALUATE');
}

export function routeOcopResult(
  pack: OcopPack,
  level: OcopLevel,
  average: Centipoints,
  stars: OcopStars,
  mandatoryFailed: boolean,
): OcopRouting {
  const here = evaluatingLevel(pack, level);
  if (mandatoryFailed) return { kind: 'NOT_RECOGNISED', reason: 'MANDATORY_FAILED' };
  const next = nextEvaluatingLevel(pack, level);
  if (next && here.forwardFromPoints !== undefined && average >= toCentipoints(here.forwardFromPoints))
    return { kind: 'FORWARD', from: level, to: next.level };
  if (stars < pack.certificateMinStars) return { kind: 'NOT_RECOGNISED', reason: 'BELOW_CERTIFICATE' };
  // A higher council may score lower than the one below it (e.g. 148: district 75, province 65): the
  // stars are then recognised by whichever level the pack gives them to, here the district.
  const recogniser = pack.levels.find((l) => l.recognisesStars.includes(stars));
  if (!recogniser) throw new RangeError(`no level recognises ${stars} stars under ${pack.id}`);
  return { kind: 'RECOGNISE', level: recogniser.level, stars };
}

/**
 * The stars a product forwarded from `level` holds while the next level decides, if the pack gives any:
 * recognised and certified now, kept unless the higher level awards more.
 */
export function starsHeldWhileForwarded(pack: OcopPack, level: OcopLevel): OcopStars | undefined {
  return evaluatingLevel(pack, level).holdsWhileForwarded;
}
