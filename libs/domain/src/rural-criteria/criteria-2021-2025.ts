import type { CriteriaTemplate, Indicator } from './indicator.types';
import type { RuralRegion, Unverified } from './criteria.types';
import { ruralRegions } from './criteria.types';

/**
 * Criteria 4 and 7 for 2021–2025: QĐ 318/QĐ-TTg (08/3/2022, standard and advanced communes), QĐ 319/QĐ-TTg
 * (model communes), MOIT guidance QĐ 1327/QĐ-BCT (03/6/2024, which replaced 1214/QĐ-BCT and 2332/QĐ-BCT).
 */
const BASIS = 'QĐ 318/QĐ-TTg, 319/QĐ-TTg ngày 08/3/2022; QĐ 1327/QĐ-BCT ngày 03/6/2024';

const unverified = (check: string): Unverified => ({ verified: false, check });

const grid: Indicator = {
  code: '4.1',
  nameVi: 'Hệ thống điện đạt chuẩn',
  nameEn: 'The power system meets the standard',
  rule: { kind: 'FACT', fact: 'gridMeetsStandard' },
  verification: unverified('QĐ 318/QĐ-TTg Phụ lục I, chỉ tiêu 4.1 (wording for 2021–2025); QĐ 1327/QĐ-BCT'),
  evidence: ['Xác nhận của Công ty Điện lực'],
};

/**
 * 4.2 for a standard commune. The 2021–2025 figure per region was not retrieved; 98 % is the 2016–2020
 * summary (1980/QĐ-TTg). Kept as unverified data until SCT confirms it (domain.md §7 item 1).
 */
const householdShare = (minPercent: number): Indicator => ({
  code: '4.2',
  nameVi: 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện thường xuyên, an toàn từ các nguồn',
  nameEn: 'Share of households registered directly and using electricity regularly and safely',
  rule: { kind: 'HOUSEHOLD_SHARE', minPercent },
  verification: unverified('QĐ 318/QĐ-TTg Phụ lục I, chỉ tiêu 4.2 (mức theo vùng); QĐ 1327/QĐ-BCT'),
  evidence: ['Báo cáo số hộ sử dụng điện', 'Xác nhận của Công ty Điện lực'],
});

/** Advanced communes: 100 % in the Red River Delta and South-East, 99 % and 98 % elsewhere (1327, S33). */
const ADVANCED_SHARE: Record<RuralRegion, number> = {
  RED_RIVER_DELTA: 100,
  SOUTH_EAST: 100,
  NORTH_CENTRAL_AND_CENTRAL_COAST: 99,
  MEKONG_DELTA: 99,
  NORTHERN_MIDLANDS_AND_MOUNTAINS: 98,
  CENTRAL_HIGHLANDS: 98,
};
const STANDARD_SHARE = 98;

const advancedShare = (minPercent: number): Indicator => ({
  code: '4-NC',
  nameVi: 'Tỷ lệ hộ sử dụng điện sinh hoạt, sản xuất an toàn, tin cậy và ổn định',
  nameEn: 'Share of households using electricity for living and production safely, reliably and stably',
  rule: { kind: 'HOUSEHOLD_SHARE', minPercent },
  verification: { verified: true },
  evidence: ['Báo cáo số hộ sử dụng điện', 'Xác nhận của Công ty Điện lực'],
});

/** Criterion 7, the market first (a), else a store (b): 1214/QĐ-BCT, carried into 1327 Annex II. */
const commerce = (check: string): Indicator => ({
  code: '7',
  nameVi: 'Cơ sở hạ tầng thương mại nông thôn',
  nameEn: 'Rural commercial infrastructure',
  rule: {
    kind: 'MARKET_OR_STORE',
    minAreaPerTradingPointM2: 3,
    halls: ['PERMANENT', 'SEMI_PERMANENT'],
    stores: ['MINI_SUPERMARKET', 'CONVENIENCE_STORE', 'GENERAL_STORE'],
  },
  verification: unverified(check),
  evidence: ['Quyết định quy hoạch hoặc vị trí chợ/cửa hàng', 'Thuyết minh diện tích, ảnh chụp'],
});
const COMMERCE_STANDARD_CHECK =
  'QĐ 1327/QĐ-BCT Phụ lục II Phần I mục II (chợ) đã xác minh; mục cửa hàng (diện tích, nhóm hàng) và PCCC, rác thải, nước chưa truy xuất';
const COMMERCE_ADVANCED_CHECK =
  'QĐ 1327/QĐ-BCT Phụ lục II: nội dung tiêu chí 7 xã NTM nâng cao chưa truy xuất, tạm áp dụng mức xã NTM';

const standard = (region: RuralRegion): CriteriaTemplate => ({
  id: `2021-2025/STANDARD/${region}`,
  period: '2021-2025',
  level: 'STANDARD',
  region,
  legalBasis: BASIS,
  indicators: [grid, householdShare(STANDARD_SHARE), commerce(COMMERCE_STANDARD_CHECK)],
});

/** An advanced commune must first meet the standard electricity criterion, then the regional share. */
const advanced = (region: RuralRegion, level: 'ADVANCED' | 'MODEL'): CriteriaTemplate => ({
  id: `2021-2025/${level}/${region}`,
  period: '2021-2025',
  level,
  region,
  legalBasis: BASIS,
  indicators: [
    grid,
    householdShare(STANDARD_SHARE),
    advancedShare(ADVANCED_SHARE[region]),
    commerce(COMMERCE_ADVANCED_CHECK),
  ],
});

/**
 * A model commune must already be advanced; for criteria 4 and 7 the Department appraises it at the
 * advanced level (319/QĐ-TTg, unverified), so its template repeats the advanced indicators, each marked.
 */
const model = (region: RuralRegion): CriteriaTemplate => {
  const t = advanced(region, 'MODEL');
  const check = 'QĐ 319/QĐ-TTg: xã NTM kiểu mẫu, Sở Công Thương thẩm định tiêu chí 4, 7 ở mức nâng cao';
  return { ...t, indicators: t.indicators.map((i) => ({ ...i, verification: unverified(check) })) };
};

/** Đồng Nai's model-residential-area set is issued by UBND tỉnh and was not retrieved (domain.md §3.4). */
const residentialArea: CriteriaTemplate = {
  id: '2021-2025/MODEL_RESIDENTIAL_AREA/DONG_NAI',
  period: '2021-2025',
  level: 'MODEL_RESIDENTIAL_AREA',
  legalBasis: 'Bộ tiêu chí khu dân cư NTM kiểu mẫu của UBND tỉnh Đồng Nai (chưa truy xuất)',
  indicators: [
    {
      ...advancedShare(100),
      code: 'KDC-4',
      nameVi: 'Tỷ lệ hộ sử dụng điện an toàn',
      nameEn: 'Share of households using electricity safely',
      verification: unverified('Bộ tiêu chí khu dân cư NTM kiểu mẫu tỉnh Đồng Nai: mục Điện'),
    },
    {
      code: 'KDC-CS',
      nameVi: 'Đường trục chính có hệ thống chiếu sáng',
      nameEn: 'The main roads are lit',
      rule: { kind: 'FACT', fact: 'mainRoadsLit' },
      verification: unverified('Bộ tiêu chí khu dân cư NTM kiểu mẫu tỉnh Đồng Nai: mục chiếu sáng'),
      evidence: ['Ảnh chụp, biên bản kiểm tra hệ thống chiếu sáng'],
    },
  ],
};

export const criteria2021to2025: readonly CriteriaTemplate[] = [
  ...ruralRegions.map(standard),
  ...ruralRegions.map((r) => advanced(r, 'ADVANCED')),
  ...ruralRegions.map(model),
  residentialArea,
];
