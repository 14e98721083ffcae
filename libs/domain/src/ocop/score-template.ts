import type { OcopPack, OcopPart } from './ocop-pack';
import type { Points } from './points';
import type { OcopProductGroup, OcopSubgroup } from './product-groups';
import { criteriaFor, type ScoreCriterion } from './score-criteria';

export interface ScorePart {
  part: OcopPart;
  nameVi: string;
  nameEn: string;
  maxPoints: Points;
  criteria: readonly ScoreCriterion[];
}

/** The score sheet (phiếu đánh giá) of one product subgroup under one pack. */
export interface ScoreTemplate {
  /** `<packId>/<subgroupCode>`: stored with every sheet so a sheet is re-read with its own template. */
  id: string;
  packId: string;
  subgroupCode: string;
  parts: readonly ScorePart[];
}

const PART_NAMES: Record<OcopPart, [string, string]> = {
  A: ['Sản phẩm và sức mạnh cộng đồng', 'Product and community strength'],
  B: ['Khả năng tiếp thị', 'Marketing capability'],
  C: ['Chất lượng sản phẩm', 'Product quality'],
};

const PARTS: readonly OcopPart[] = ['A', 'B', 'C'];

export function buildScoreTemplate(pack: OcopPack, subgroup: OcopSubgroup): ScoreTemplate {
  const criteria = criteriaFor(pack.criteriaSet, subgroup.family);
  const parts = PARTS.map((part) => ({
    part,
    nameVi: PART_NAMES[part][0],
    nameEn: PART_NAMES[part][1],
    maxPoints: pack.partWeights[part],
    criteria: criteria[part],
  }));
  // A template whose lines do not add up to the pack's weights would silently change the law's weights.
  for (const p of parts) {
    const sum = p.criteria.reduce((total, c) => total + c.maxPoints, 0);
    if (sum !== p.maxPoints)
      throw new RangeError(`template ${pack.id}/${subgroup.code} part ${p.part}: criteria sum ${sum} ≠ ${p.maxPoints}`);
  }
  return { id: `${pack.id}/${subgroup.code}`, packId: pack.id, subgroupCode: subgroup.code, parts };
}

/** Every template of a pack, one per subgroup of its product groups. */
export function scoreTemplatesFor(pack: OcopPack): ScoreTemplate[] {
  return pack.productGroups.flatMap((g) => g.subgroups.map((s) => buildScoreTemplate(pack, s)));
}

/** The product group a subgroup belongs to under a pack (operators filter evaluations by it). */
export function productGroupOf(pack: OcopPack, subgroupCode: string): OcopProductGroup {
  const group = pack.productGroups.find((g) => g.subgroups.some((s) => s.code === subgroupCode));
  if (!group) throw new RangeError(`no subgroup ${subgroupCode} under OCOP pack ${pack.id}`);
  return group;
}

export function scoreTemplate(pack: OcopPack, subgroupCode: string): ScoreTemplate {
  const subgroup = productGroupOf(pack, subgroupCode).subgroups.find((s) => s.code === subgroupCode)!;
  return buildScoreTemplate(pack, subgroup);
}

export function templateCriteria(template: ScoreTemplate): { part: OcopPart; criterion: ScoreCriterion }[] {
  return template.parts.flatMap((p) => p.criteria.map((criterion) => ({ part: p.part, criterion })));
}
