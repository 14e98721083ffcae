/**
 * Which criteria list a subgroup is scored with (score-criteria.ts). Annex III of QĐ 148 has one sheet per
 * group/subgroup; until their splits are confirmed, subgroups of one group share a family.
 */
export type ScoreSheetFamily = 'FOOD' | 'BEVERAGE' | 'MEDICINAL' | 'HANDICRAFT' | 'ORNAMENTAL' | 'TOURISM';

/** Bộ chủ trì (lead ministry) of a subgroup. */
export type LeadMinistry = 'AGRICULTURE' | 'INDUSTRY_TRADE' | 'AGRICULTURE_AND_INDUSTRY_TRADE';

export interface OcopSubgroup {
  /** Stable code, e.g. `FOOD-3a` = group I, nhóm 3, phân nhóm a. */
  code: string;
  nameVi: string;
  nameEn: string;
  leadMinistry?: LeadMinistry;
  family: ScoreSheetFamily;
  /** False when the subgroup was not read in Annex I of QĐ 148 (domain.md §2.6) [unverified]. */
  verified: boolean;
}

export interface OcopProductGroup {
  code: string;
  nameVi: string;
  nameEn: string;
  subgroups: readonly OcopSubgroup[];
}

const sub = (
  code: string,
  nameVi: string,
  nameEn: string,
  family: ScoreSheetFamily,
  verified: boolean,
  leadMinistry?: LeadMinistry,
): OcopSubgroup => ({ code, nameVi, nameEn, family, verified, ...(leadMinistry ? { leadMinistry } : {}) });

/**
 * The six groups of QĐ 148 and QĐ 919 (domain.md §2.6). Food subgroups are from Annex I of 148 [V, partial];
 * the rest follow the list in QĐ 919 [unverified: confirm codes and lead ministries against Annex I of 148].
 */
export const ocopProductGroups2023: readonly OcopProductGroup[] = [
  {
    code: 'FOOD',
    nameVi: 'Thực phẩm',
    nameEn: 'Food',
    subgroups: [
      sub('FOOD-1a', 'Rau, củ, quả, hạt tươi', 'Fresh vegetables, tubers, fruit, nuts', 'FOOD', true, 'AGRICULTURE'),
      sub('FOOD-1b', 'Thịt, thủy sản, trứng, sữa tươi', 'Fresh meat, seafood, eggs, milk', 'FOOD', true, 'AGRICULTURE'),
      sub(
        'FOOD-2a',
        'Gạo, ngũ cốc, hạt sơ chế khác',
        'Rice, cereals, other pre-processed grains',
        'FOOD',
        true,
        'AGRICULTURE',
      ),
      sub(
        'FOOD-2b',
        'Mật ong, các loại mật khác, nông sản thực phẩm khác',
        'Honey, other syrups, other agri-food',
        'FOOD',
        true,
        'AGRICULTURE',
      ),
      sub('FOOD-3a', 'Đồ ăn nhanh', 'Fast food', 'FOOD', true, 'INDUSTRY_TRADE'),
      sub(
        'FOOD-3b',
        'Chế biến từ gạo, ngũ cốc',
        'Processed from rice and cereals',
        'FOOD',
        true,
        'AGRICULTURE_AND_INDUSTRY_TRADE',
      ),
      sub(
        'FOOD-3c',
        'Chế biến từ rau, củ, quả, hạt',
        'Processed from vegetables, fruit, nuts',
        'FOOD',
        true,
        'AGRICULTURE',
      ),
      // The lead ministry of 3d was cut off in the retrieved text [unverified].
      sub(
        'FOOD-3d',
        'Chế biến từ thịt, trứng, sữa, thủy sản, mật ong',
        'Processed from meat, eggs, milk, seafood, honey',
        'FOOD',
        true,
      ),
    ],
  },
  {
    code: 'BEVERAGE',
    nameVi: 'Đồ uống',
    nameEn: 'Beverages',
    subgroups: [
      sub('BEVERAGE-ALCOHOLIC', 'Đồ uống có cồn', 'Alcoholic beverages', 'BEVERAGE', false),
      sub('BEVERAGE-NON_ALCOHOLIC', 'Đồ uống không cồn', 'Non-alcoholic beverages', 'BEVERAGE', false),
    ],
  },
  {
    code: 'MEDICINAL',
    nameVi: 'Dược liệu và sản phẩm từ dược liệu',
    nameEn: 'Medicinal materials and products made from them',
    subgroups: [
      sub('MEDICINAL-FUNCTIONAL', 'Thực phẩm chức năng', 'Functional foods', 'MEDICINAL', false),
      sub(
        'MEDICINAL-HERBAL_MEDICINE',
        'Thuốc dược liệu, thuốc y học cổ truyền',
        'Herbal and traditional medicines',
        'MEDICINAL',
        false,
      ),
      sub('MEDICINAL-COSMETIC', 'Mỹ phẩm có nguồn gốc từ dược liệu', 'Herbal cosmetics', 'MEDICINAL', false),
      sub(
        'MEDICINAL-ESSENTIAL_OIL',
        'Tinh dầu và sản phẩm khác từ dược liệu',
        'Essential oils and other herbal products',
        'MEDICINAL',
        false,
      ),
    ],
  },
  {
    code: 'HANDICRAFT',
    nameVi: 'Hàng thủ công mỹ nghệ',
    nameEn: 'Handicrafts',
    subgroups: [
      sub('HANDICRAFT-WOOD', 'Đồ gỗ', 'Wood', 'HANDICRAFT', false),
      sub(
        'HANDICRAFT-NATURAL_FIBRE',
        'Sợi tự nhiên, mây tre đan',
        'Natural fibre, rattan and bamboo',
        'HANDICRAFT',
        false,
      ),
      sub('HANDICRAFT-METAL', 'Kim loại', 'Metal', 'HANDICRAFT', false),
      sub('HANDICRAFT-CERAMICS', 'Gốm sứ', 'Ceramics', 'HANDICRAFT', false),
      sub('HANDICRAFT-TEXTILE', 'Dệt may, thêu', 'Textiles and embroidery', 'HANDICRAFT', false),
    ],
  },
  {
    code: 'ORNAMENTAL',
    nameVi: 'Sinh vật cảnh',
    nameEn: 'Ornamental plants and animals',
    subgroups: [
      sub('ORNAMENTAL-FLOWERS', 'Hoa', 'Flowers', 'ORNAMENTAL', false),
      sub('ORNAMENTAL-BONSAI', 'Cây cảnh', 'Bonsai and ornamental trees', 'ORNAMENTAL', false),
      sub('ORNAMENTAL-ANIMALS', 'Động vật cảnh', 'Ornamental animals', 'ORNAMENTAL', false),
    ],
  },
  {
    code: 'TOURISM',
    nameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    nameEn: 'Community tourism, eco-tourism and tourist-site services',
    subgroups: [sub('TOURISM-SERVICES', 'Dịch vụ du lịch', 'Tourism services', 'TOURISM', false)],
  },
];

/**
 * The six groups (ngành hàng) of QĐ 1048 (domain.md §2.6, S25). Its subgroups were not retrieved: each
 * group is one subgroup here [unverified: confirm against the 1048 annexes as amended by QĐ 781]. Historic
 * records keep these codes; mapping them to the 2023 groups is a separate table.
 */
export const ocopProductGroups2019: readonly OcopProductGroup[] = [
  { code: 'FOOD-2019', nameVi: 'Thực phẩm', nameEn: 'Food', family: 'FOOD' as const },
  { code: 'BEVERAGE-2019', nameVi: 'Đồ uống', nameEn: 'Beverages', family: 'BEVERAGE' as const },
  { code: 'HERB-2019', nameVi: 'Thảo dược', nameEn: 'Herbs', family: 'MEDICINAL' as const },
  { code: 'TEXTILE-2019', nameVi: 'Vải và may mặc', nameEn: 'Textiles and garments', family: 'HANDICRAFT' as const },
  {
    code: 'SOUVENIR-2019',
    nameVi: 'Lưu niệm, nội thất, trang trí',
    nameEn: 'Souvenirs, furniture and décor',
    family: 'HANDICRAFT' as const,
  },
  {
    code: 'RURAL_TOURISM-2019',
    nameVi: 'Dịch vụ du lịch nông thôn và bán hàng',
    nameEn: 'Rural tourism services and sales',
    family: 'TOURISM' as const,
  },
].map(({ family, ...group }) => ({
  ...group,
  subgroups: [sub(group.code, group.nameVi, group.nameEn, family, false)],
}));
