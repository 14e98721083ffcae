import type { CommuneGroup, RuralLevel, RuralPeriod, RuralRegion, Verification } from './criteria.types';
import type { MarketFacts, StoreType } from './commune-facts';

/** How an indicator is judged; each kind has its own evaluator (evaluate-indicator.ts). */
export type IndicatorRule =
  /** A yes/no fact that must be true. */
  | { kind: 'FACT'; fact: 'gridMeetsStandard' | 'mainRoadsLit' }
  /** householdsDirect / households ≥ minPercent. */
  | { kind: 'HOUSEHOLD_SHARE'; minPercent: number }
  /** Criterion 7: a planned market to standard; only a commune without one is judged on a store. */
  | { kind: 'MARKET_OR_STORE'; minAreaPerTradingPointM2: number; halls: MarketFacts['hall'][]; stores: StoreType[] };

export interface Indicator {
  /** e.g. `4.1`, `4.2`, `4-NC`, `7`. */
  code: string;
  nameVi: string;
  nameEn: string;
  rule: IndicatorRule;
  /** Whether the threshold and wording are confirmed; if not, the text to check. */
  verification: Verification;
  /** Evidence the appraiser expects (document kinds, shown as what is missing). */
  evidence: string[];
}

export interface CriteriaTemplate {
  /** `<period>/<level>/<region or group>`. */
  id: string;
  period: RuralPeriod;
  level: RuralLevel;
  region?: RuralRegion;
  group?: CommuneGroup;
  legalBasis: string;
  indicators: Indicator[];
}
