import type { MarketFacts, StoreFacts } from './commune-facts';

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
