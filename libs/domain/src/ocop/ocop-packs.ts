import type { OcopLevelRule, OcopPack } from './ocop-pack';
import { ocopProductGroups2019, ocopProductGroups2023 } from './product-groups';
import { ocopStarBands } from './star-bands';

/** Values every pack shares. */
const common = {
  starBands: ocopStarBands,
  certificateMinStars: 3,
  // 36 months from the date the competent authority issues the certificate [V] (domain.md §2.4, S15, S18).
  certificateValidityMonths: 36,
  reminderDaysBeforeExpiry: 90,
  // [unverified] 2/3 of the members must submit a sheet: the usual rule in provincial council regulations
  // (quy chế hoạt động của Hội đồng, e.g. Kiên Giang QĐ 2891/QĐ-UBND, S8). Confirm Đồng Nai's (domain.md §7).
  councilQuorum: { numerator: 2, denominator: 3 },
  mandatoryCriterionRule: 'COUNCIL_AVERAGE',
} as const;

const central = (authorityVi: string, authorityEn: string): OcopLevelRule => ({
  level: 'CENTRAL',
  role: 'EVALUATE',
  authorityVi,
  authorityEn,
  recognisesStars: [5],
});

/**
 * QĐ 1048/QĐ-TTg (21/8/2019), annexes amended by QĐ 781/QĐ-TTg (2020). The district council only evaluates
 * and forwards 50–100 points (3–5★); the province recognises 3★ and 4★ and forwards ≥ 90; central 5★.
 */
export const ocopPack1048: OcopPack = {
  ...common,
  id: 'ocop-1048-2019',
  legalBasis: ['QĐ 1048/QĐ-TTg (21/8/2019)', 'QĐ 781/QĐ-TTg (2020)'],
  effectiveFrom: '2019-08-21',
  partWeights: { A: 35, B: 25, C: 40 },
  criteriaSet: '1048',
  productGroups: ocopProductGroups2019,
  levels: [
    {
      level: 'COMMUNE',
      role: 'GUIDE',
      authorityVi: 'UBND xã',
      authorityEn: 'Commune People’s Committee',
      recognisesStars: [],
    },
    {
      level: 'DISTRICT',
      role: 'EVALUATE',
      authorityVi: 'Hội đồng cấp huyện, UBND huyện',
      authorityEn: 'District council, District People’s Committee',
      recognisesStars: [],
      forwardFromPoints: 50,
    },
    {
      level: 'PROVINCE',
      role: 'EVALUATE',
      authorityVi: 'Hội đồng cấp tỉnh, UBND tỉnh',
      authorityEn: 'Provincial council, Provincial People’s Committee',
      recognisesStars: [3, 4],
      forwardFromPoints: 90,
      // 4★ now, proposed for 5★ (see the 148 pack) [unverified for 1048: the same practice is assumed].
      holdsWhileForwarded: 4,
    },
    central('Hội đồng cấp Trung ương', 'National council'),
  ],
};

/**
 * QĐ 148/QĐ-TTg (24/02/2023, in force on signing; replaces 1048 and 781). The district recognises 3★ and
 * forwards 70–100; the province recognises 4★ and proposes ≥ 90 (potential 5★) to the ministry.
 * The district tier ended on 1/7/2025 but 1489 only took effect on 6/7/2025: this pack still answers for
 * 1–5/7/2025, when no district could act (domain.md §0) [unverified: how provinces handled those days].
 */
export const ocopPack148: OcopPack = {
  ...common,
  id: 'ocop-148-2023',
  legalBasis: ['QĐ 148/QĐ-TTg (24/02/2023)'],
  effectiveFrom: '2023-02-24',
  partWeights: { A: 40, B: 25, C: 35 },
  criteriaSet: '148',
  productGroups: ocopProductGroups2023,
  levels: [
    {
      level: 'DISTRICT',
      role: 'EVALUATE',
      authorityVi: 'Hội đồng cấp huyện, UBND huyện',
      authorityEn: 'District council, District People’s Committee',
      recognisesStars: [3],
      forwardFromPoints: 70,
    },
    {
      level: 'PROVINCE',
      role: 'EVALUATE',
      authorityVi: 'Hội đồng cấp tỉnh, UBND tỉnh',
      authorityEn: 'Provincial council, Provincial People’s Committee',
      recognisesStars: [4],
      forwardFromPoints: 90,
      // Provinces recognise such a product 4★ and propose it for 5★ in the same decision (Kon Tum's
      // results of 10/6/2024 list products "công nhận 4 sao, đề nghị Trung ương đánh giá 5 sao").
      holdsWhileForwarded: 4,
    },
    central(
      'Hội đồng cấp Trung ương, Bộ Nông nghiệp và Phát triển nông thôn',
      'National council, Ministry of Agriculture and Rural Development',
    ),
  ],
};

/**
 * QĐ 1489/QĐ-TTg (06/7/2025, in force the same day) amends Annex II of 148: no district tier. The commune
 * evaluates part of the dossier and writes a report (Báo cáo đánh giá của UBND cấp xã) without scoring;
 * the province evaluates and recognises 3★–4★ and sends ≥ 90 to the Ministry of Agriculture and
 * Environment. The criteria (Annex III of 148) are unchanged.
 */
export const ocopPack1489: OcopPack = {
  ...common,
  id: 'ocop-1489-2025',
  legalBasis: ['QĐ 148/QĐ-TTg (24/02/2023)', 'QĐ 1489/QĐ-TTg (06/7/2025)'],
  effectiveFrom: '2025-07-06',
  partWeights: { A: 40, B: 25, C: 35 },
  criteriaSet: '148',
  productGroups: ocopProductGroups2023,
  levels: [
    {
      level: 'COMMUNE',
      role: 'REPORT',
      authorityVi: 'UBND xã',
      authorityEn: 'Commune People’s Committee',
      recognisesStars: [],
    },
    {
      level: 'PROVINCE',
      role: 'EVALUATE',
      authorityVi: 'Hội đồng cấp tỉnh, Chủ tịch UBND tỉnh',
      authorityEn: 'Provincial council, Chair of the Provincial People’s Committee',
      recognisesStars: [3, 4],
      forwardFromPoints: 90,
      // 4★ now, proposed for 5★ (see the 148 pack).
      holdsWhileForwarded: 4,
    },
    central(
      'Hội đồng cấp Trung ương, Bộ Nông nghiệp và Môi trường',
      'National council, Ministry of Agriculture and Environment',
    ),
  ],
};

/** Every OCOP pack, oldest first. */
export const ocopPacks: readonly OcopPack[] = [ocopPack1048, ocopPack148, ocopPack1489];
