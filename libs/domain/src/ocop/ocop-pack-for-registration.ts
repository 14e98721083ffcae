import type { OcopPack } from './ocop-pack';
import { ocopPackById, ocopPackInForce } from './ocop-pack-in-force';
import { ocopPack148 } from './ocop-packs';

/** First day without a district tier (two-tier local government from 1/7/2025, domain.md §0). */
export const OCOP_DISTRICT_TIER_ENDED_ON = '2025-07-01';

/**
 * A product registered on 1–5 July 2025 is judged by QĐ 148 (still in force until QĐ 1489 on 6/7/2025):
 * its score sheet, weights and bands are 148's. But 148's district council cannot sit: the district tier
 * ended on 1/7/2025. We do not park the dossier or refuse it (products register continuously, domain.md
 * §2.4), nor judge it by 1489 before 1489 existed. Instead its district level is skipped and the province
 * takes over the district's recognition of 3★, which is exactly what QĐ 1489 codified five days later;
 * it changes no score, band or certificate rule, only who sits. [unverified: confirm with SCT Đồng Nai
 * how those five days were handled.]
 */
export const ocopPack148WithoutDistrict: OcopPack = {
  ...ocopPack148,
  id: 'ocop-148-2023-no-district',
  legalBasis: [...ocopPack148.legalBasis, 'Cấp huyện chấm dứt hoạt động từ 01/7/2025 (chính quyền địa phương hai cấp)'],
  effectiveFrom: OCOP_DISTRICT_TIER_ENDED_ON,
  levels: ocopPack148.levels
    .filter((l) => l.level !== 'DISTRICT')
    .map((l) => (l.level === 'PROVINCE' ? { ...l, recognisesStars: [3, 4] } : l)),
};

/** The pack a product keeps for its whole life, from its registration date (ISO, Vietnam time). */
export function ocopPackForRegistration(registeredOn: string): OcopPack {
  const pack = ocopPackInForce(registeredOn);
  return pack.id === ocopPack148.id && registeredOn >= OCOP_DISTRICT_TIER_ENDED_ON ? ocopPack148WithoutDistrict : pack;
}

/** A pack by the id stored with a product, the transitional one included. */
export function ocopEvaluationPackById(id: string): OcopPack {
  return id === ocopPack148WithoutDistrict.id ? ocopPack148WithoutDistrict : ocopPackById(id);
}
