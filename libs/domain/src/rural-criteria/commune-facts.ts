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
