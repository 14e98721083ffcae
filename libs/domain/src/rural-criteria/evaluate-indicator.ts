import type {
  Indicator,
  IndicatorEvaluation,
  IndicatorRule,
  MarketFacts,
  RuralSelfAssessment,
  TemplateEvaluation,
  CriteriaTemplate,
} from './criteria.types';

type Judged = Pick<IndicatorEvaluation, 'proposal' | 'path' | 'value' | 'reasonsVi' | 'reasonsEn' | 'missing'>;
type Judge<K extends IndicatorRule['kind']> = (
  rule: Extract<IndicatorRule, { kind: K }>,
  a: RuralSelfAssessment,
) => Judged;

const incomplete = (...missing: string[]): Judged => ({
  proposal: 'INCOMPLETE',
  reasonsVi: [],
  reasonsEn: [],
  missing,
});
const verdict = (ok: boolean, failures: [string, string][], extra: Partial<Judged> = {}): Judged => ({
  proposal: ok ? 'DAT' : 'KHONG_DAT',
  reasonsVi: failures.map(([vi]) => vi),
  reasonsEn: failures.map(([, en]) => en),
  missing: [],
  ...extra,
});

const FACT_TEXT = {
  gridMeetsStandard: ['Hệ thống điện chưa đạt chuẩn.', 'The power system does not meet the standard.'],
  mainRoadsLit: ['Đường trục chính chưa có hệ thống chiếu sáng.', 'The main roads are not lit.'],
} as const;

const fact: Judge<'FACT'> = (rule, a) => {
  const value = a[rule.fact];
  if (value === undefined) return incomplete(rule.fact);
  return verdict(value, value ? [] : [[...FACT_TEXT[rule.fact]]]);
};

/** Compared in whole numbers (direct × 100 ≥ min × households) so 99.995 % never rounds up to 100 %. */
const householdShare: Judge<'HOUSEHOLD_SHARE'> = (rule, a) => {
  const { households, householdsDirect } = a;
  const missing = [households === undefined && 'households', householdsDirect === undefined && 'householdsDirect'];
  if (households === undefined || householdsDirect === undefined)
    return incomplete(...missing.filter((m): m is string => !!m));
  const value = households === 0 ? 0 : Math.floor((householdsDirect * 10_000) / households) / 100;
  const ok = households > 0 && householdsDirect * 100 >= rule.minPercent * households;
  return verdict(
    ok,
    ok ? [] : [[`Tỷ lệ ${value} % thấp hơn mức ${rule.minPercent} %.`, `${value} % is below ${rule.minPercent} %.`]],
    { value },
  );
};

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
const marketOrStore: Judge<'MARKET_OR_STORE'> = (rule, a) => {
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

const judges: { [K in IndicatorRule['kind']]: Judge<K> } = {
  FACT: fact,
  HOUSEHOLD_SHARE: householdShare,
  MARKET_OR_STORE: marketOrStore,
};

export function evaluateIndicator(indicator: Indicator, a: RuralSelfAssessment): IndicatorEvaluation {
  const judge = judges[indicator.rule.kind] as Judge<IndicatorRule['kind']>;
  const judged = judge(indicator.rule, a);
  const documents = a.evidence?.[indicator.code] ?? [];
  return {
    code: indicator.code,
    nameVi: indicator.nameVi,
    ...judged,
    // One reference per evidence kind, in the order the template lists them.
    missingEvidence: indicator.evidence.slice(documents.length),
    unverified: indicator.verification.verified ? null : indicator.verification,
  };
}

/** Proposes Đạt / Không đạt per indicator; the whole is DAT only if each is, INCOMPLETE while any is. */
export function evaluateAssessment(template: CriteriaTemplate, a: RuralSelfAssessment): TemplateEvaluation {
  const indicators = template.indicators.map((i) => evaluateIndicator(i, a));
  const complete = indicators.every((i) => i.proposal !== 'INCOMPLETE' && i.missingEvidence.length === 0);
  const proposal = indicators.some((i) => i.proposal === 'INCOMPLETE')
    ? 'INCOMPLETE'
    : indicators.every((i) => i.proposal === 'DAT')
      ? 'DAT'
      : 'KHONG_DAT';
  return { templateId: template.id, indicators, proposal, complete };
}
