import type { Indicator, IndicatorRule, CriteriaTemplate } from './indicator.types';
import type { IndicatorEvaluation, TemplateEvaluation } from './evaluation.types';
import type { RuralSelfAssessment } from './self-assessment.types';
import { incomplete, verdict, type Judge } from './judged';
import { marketOrStore } from './market-or-store';

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
