/**
 * New-rural (nông thôn mới) criteria 4 (electricity) and 7 (rural commercial infrastructure) as the
 * Department of Industry and Trade appraises them (domain.md §3). Everything here is data: thresholds
 * live in templates keyed by period, level and region or commune group, never in code.
 */

/**
 * Levels a commune (or one of its residential areas) is appraised at. MODEL exists in 2021–2025 only
 * (QĐ 319/QĐ-TTg); MODERN is the pilot "xã NTM hiện đại" of 2026–2030 (QĐ 51/2025/QĐ-TTg, Annex II).
 */
export const ruralLevels = ['STANDARD', 'ADVANCED', 'MODEL', 'MODERN', 'MODEL_RESIDENTIAL_AREA'] as const;
export type RuralLevel = (typeof ruralLevels)[number];

/** The six socio-economic regions of QĐ 318/QĐ-TTg; Đồng Nai is in the South-East (Đông Nam Bộ). */
export const ruralRegions = [
  'RED_RIVER_DELTA',
  'SOUTH_EAST',
  'NORTH_CENTRAL_AND_CENTRAL_COAST',
  'MEKONG_DELTA',
  'NORTHERN_MIDLANDS_AND_MOUNTAINS',
  'CENTRAL_HIGHLANDS',
] as const;
export type RuralRegion = (typeof ruralRegions)[number];

/** Commune groups of QĐ 51/2025/QĐ-TTg (2026–2030): 1 peri-urban, 2 others, 3 ethnic-minority/mountain. */
export type CommuneGroup = 1 | 2 | 3;

export type RuralPeriod = '2021-2025' | '2026-2030';

/** A value we have not confirmed in the official text: shown to the appraiser with the text to check. */
export interface Unverified {
  verified: false;
  /** Where to confirm it (instrument, annex, article). */
  check: string;
}
export type Verification = { verified: true } | Unverified;

/** Facts a criterion-7 market must show (1327/QĐ-BCT Annex II Part I Section II; the same in 1214). */
export interface MarketFacts {
  /** The market is in the province's market network plan (chợ trong quy hoạch). */
  planned: boolean;
  tradingPoints: number;
  /** Total area of the trading points, m². */
  tradingAreaM2: number;
  hall: 'PERMANENT' | 'SEMI_PERMANENT' | 'TEMPORARY';
  hardenedFloor: boolean;
  signboard: boolean;
  separateToilets: boolean;
  parking: boolean;
  separateZones: boolean;
}

export const storeTypes = ['MINI_SUPERMARKET', 'CONVENIENCE_STORE', 'GENERAL_STORE'] as const;
export type StoreType = (typeof storeTypes)[number];

export interface StoreFacts {
  type: StoreType;
  /** Meets the store standard of the guidance (area, goods lines: not retrieved, so judged as one fact). */
  meetsStandard: boolean;
}

/**
 * The commune's self-assessment, as typed: figures and facts (any may still be missing) and evidence
 * document references per indicator.
 */
export interface RuralSelfAssessment {
  households?: number;
  /** Households registered directly with the power company and using electricity safely and regularly. */
  householdsDirect?: number;
  /** The power system meets the standard (confirmed with the power company). */
  gridMeetsStandard?: boolean;
  /** null: the commune has no market in the plan; undefined: not answered yet. */
  market?: MarketFacts | null;
  /** null: no store; undefined: not answered yet. */
  store?: StoreFacts | null;
  /** Model residential areas: the main roads are lit. */
  mainRoadsLit?: boolean;
  /** Evidence: indicator code → document references (ids of uploaded documents, decision numbers). */
  evidence?: Record<string, string[]>;
}

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

export type Proposal = 'DAT' | 'KHONG_DAT' | 'INCOMPLETE';

/** The system's proposal for one indicator, with why, what is missing and what is unverified. */
export interface IndicatorEvaluation {
  code: string;
  nameVi: string;
  proposal: Proposal;
  /** Criterion 7: which path decided it. */
  path?: 'MARKET' | 'STORE';
  /** Computed figure where there is one (a share in percent, area per trading point). */
  value?: number;
  reasonsVi: string[];
  reasonsEn: string[];
  /** Figures or facts still to type. */
  missing: string[];
  /** Evidence kinds without a document reference yet. */
  missingEvidence: string[];
  unverified: Unverified | null;
}

export interface TemplateEvaluation {
  templateId: string;
  indicators: IndicatorEvaluation[];
  /** DAT only when every indicator is DAT; INCOMPLETE while anything is missing. */
  proposal: Proposal;
  complete: boolean;
}
