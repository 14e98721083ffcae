import type { OcopPart } from './ocop-pack';
import type { Points } from './points';
import type { ScoreSheetFamily } from './product-groups';

/** One line of the score sheet (tiêu chí). */
export interface ScoreCriterion {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: Points;
  /** A mandatory minimum (yêu cầu tối thiểu cần đạt): failing it makes the product "Không đạt" (fails). */
  mandatory: boolean;
  /** Lowest score that meets a mandatory criterion; 0 for the others. */
  minimumPoints: Points;
}

/** Which part weights a criteria list is written for: QĐ 1048 (A35/B25/C40) or QĐ 148 (A40/B25/C35). */
export type WeightSet = '1048' | '148';

const criterion = (code: string, nameVi: string, nameEn: string, maxPoints: Points): ScoreCriterion => ({
  code,
  nameVi,
  nameEn,
  maxPoints,
  mandatory: false,
  minimumPoints: 0,
});

/** [unverified] A mandatory criterion is met from 1 point: it only has to be satisfied at all. */
const mandatory = (code: string, nameVi: string, nameEn: string, maxPoints: Points): ScoreCriterion => ({
  ...criterion(code, nameVi, nameEn, maxPoints),
  mandatory: true,
  minimumPoints: 1,
});

/**
 * The criteria headings are those QĐ 1048 and QĐ 148 list for each part [V] (S9, S10). The point splits
 * between them, which criteria are mandatory, and the split-out mandatory lines are [unverified]
 * configuration: confirm against Annex III of QĐ 148 (one sheet per group/subgroup) and the 1048 annexes
 * as amended by QĐ 781. Only the part maxima are law: 35/25/40 (1048) and 40/25/35 (148).
 */
const SPLITS = {
  '1048': { A1: 10, A2: 11, A3: 11, B1: 18, B2: 7, C1: 20, C2: 8, C3: 6 },
  '148': { A1: 12, A2: 13, A3: 12, B1: 18, B2: 7, C1: 15, C2: 7, C3: 7 },
} as const satisfies Record<WeightSet, Record<string, Points>>;

/** Points of each split-out mandatory line [unverified]; a family without a safety line adds them to C2. */
const MANDATORY_LINE_POINTS = 3;

function safetyLine(family: ScoreSheetFamily): ScoreCriterion | undefined {
  switch (family) {
    case 'FOOD':
    case 'BEVERAGE':
      return mandatory('C2-SAFETY', 'Điều kiện an toàn thực phẩm', 'Food-safety conditions', MANDATORY_LINE_POINTS);
    case 'MEDICINAL':
      return mandatory(
        'C2-SAFETY',
        'Điều kiện sản xuất, an toàn sản phẩm dược liệu',
        'Production and safety conditions for herbal products',
        MANDATORY_LINE_POINTS,
      );
    case 'TOURISM':
      return mandatory(
        'C2-SAFETY',
        'An toàn, an ninh cho khách',
        'Safety and security of visitors',
        MANDATORY_LINE_POINTS,
      );
    default:
      return undefined;
  }
}

function qualityNames(family: ScoreSheetFamily): { c1: [string, string]; c3: [string, string] } {
  if (family === 'TOURISM')
    return {
      c1: ['Chất lượng dịch vụ, tính độc đáo', 'Service quality and uniqueness'],
      c3: ['Khả năng đón khách quốc tế', 'Capacity to receive international visitors'],
    };
  const hasNutrition = family === 'FOOD' || family === 'BEVERAGE' || family === 'MEDICINAL';
  return {
    c1: hasNutrition
      ? ['Chỉ tiêu cảm quan, dinh dưỡng, tính độc đáo', 'Sensory quality, nutrition and uniqueness']
      : ['Chỉ tiêu cảm quan, tính độc đáo', 'Sensory quality and uniqueness'],
    c3: ['Khả năng xuất khẩu, phân phối tại thị trường quốc tế', 'Export capability and international distribution'],
  };
}

/** The criteria of each part for a family under a weight set. */
export function criteriaFor(weights: WeightSet, family: ScoreSheetFamily): Record<OcopPart, ScoreCriterion[]> {
  const s = SPLITS[weights];
  const safety = safetyLine(family);
  const names = qualityNames(family);
  const standardsVi = family === 'TOURISM' ? 'Tiêu chuẩn dịch vụ' : 'Tiêu chuẩn sản phẩm';
  const standardsEn = family === 'TOURISM' ? 'Service standards' : 'Product standards';
  return {
    A: [
      criterion('A1', 'Tổ chức sản xuất', 'Production organisation', s.A1),
      mandatory(
        'A1-ENV',
        'Bảo vệ môi trường trong sản xuất',
        'Environmental protection in production',
        MANDATORY_LINE_POINTS,
      ),
      criterion('A2', 'Phát triển sản phẩm', 'Product development', s.A2),
      criterion('A3', 'Sức mạnh cộng đồng', 'Community strength', s.A3),
    ],
    B: [
      criterion('B1', 'Tiếp thị', 'Marketing', s.B1),
      criterion('B2', 'Câu chuyện về sản phẩm', 'Product story', s.B2),
    ],
    C: [
      criterion('C1', names.c1[0], names.c1[1], s.C1),
      criterion('C2', standardsVi, standardsEn, s.C2 + (safety ? 0 : MANDATORY_LINE_POINTS)),
      mandatory(
        'C2-STD',
        'Công bố tiêu chuẩn, chất lượng',
        'Published standard or quality declaration',
        MANDATORY_LINE_POINTS,
      ),
      ...(safety ? [safety] : []),
      criterion('C3', names.c3[0], names.c3[1], s.C3),
    ],
  };
}
