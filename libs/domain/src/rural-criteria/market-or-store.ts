import type { IndicatorRule } from './indicator.types';
import type { MarketFacts } from './commune-facts';
import { incomplete, verdict, type Judge } from './judged';

/** Every requirement of a market the guidance lists, each with why it fails. */
function marketFailures(rule: Extract<IndicatorRule, { kind: 'MARKET_OR_STORE' }>, m: MarketFacts): [string, string][] {
  const checks: [boolean, string, string][] = [
    [m.planned, 'Chợ không nằm trong quy hoạch.', 'The market is not in the plan.'],
    [
      m.tradingPoints > 0 && m.tradingAreaM2 >= rule.minAreaPerTradingPointM2 * m.tradingPoints,
      `Diện tích bình quân dưới ${rule.minAreaPerTradingPointM2} m² mỗi điểm kinh doanh.`,
      `Less than ${rule.minAreaPerTradingPointM2} m² per trading point.`,
    ],
    [
      rule.halls.includes(m.hall),
      'Nhà chợ chính không kiên cố hoặc bán kiên cố.',
      'The main hall is not (semi-)permanent.',
    ],
    [m.hardenedFloor, 'Nền chợ chưa được cứng hóa.', 'The floor is not hardened.'],
    [m.signboard, 'Chưa có biển hiệu chợ.', 'No signboard.'],
    [m.separateToilets, 'Chưa có nhà vệ sinh nam, nữ riêng.', 'No separate toilets.'],
    [m.parking, 'Chưa có bãi giữ xe.', 'No parking.'],
    [m.separateZones, 'Chưa bố trí khu vực kinh doanh riêng biệt.', 'No separate trading zones.'],
  ];
  return checks.filter(([ok]) => !ok).map(([, vi, en]) => [vi, en]);
}

/**
 * The market first: a commune with a market in the plan is judged on it alone. Only a commune with no
 * market is judged on a mini-supermarket, convenience store or general store (1214/QĐ-BCT (b)).
 */
export const marketOrStore: Judge<'MARKET_OR_STORE'> = (rule, a) => {
  if (a.market === undefined) return incomplete('market');
  if (a.market !== null) {
    const failures = marketFailures(rule, a.market);
    const value =
      a.market.tradingPoints > 0 ? Math.floor((a.market.tradingAreaM2 * 100) / a.market.tradingPoints) / 100 : 0;
    return verdict(failures.length === 0, failures, { path: 'MARKET', value });
  }
  if (a.store === undefined) return incomplete('store');
  if (a.store === null)
    return verdict(false, [['Xã không có chợ và không có cửa hàng đạt chuẩn.', 'Neither a market nor a store.']], {
      path: 'STORE',
    });
  const failures: [string, string][] = [];
  if (!rule.stores.includes(a.store.type))
    failures.push(['Loại cửa hàng không thuộc danh mục.', 'Store type not listed.']);
  if (!a.store.meetsStandard) failures.push(['Cửa hàng chưa đạt chuẩn.', 'The store does not meet the standard.']);
  return verdict(failures.length === 0, failures, { path: 'STORE' });
};
