import type { OcopProductGroup } from './product-groups';
import type { Points } from './points';
import type { WeightSet } from './score-criteria';
import type { OcopStars, StarBand } from './star-bands';

/** Government tiers that take part in OCOP: xã (commune), huyện (district, gone since 1/7/2025), tỉnh, trung ương. */
export type OcopLevel = 'COMMUNE' | 'DISTRICT' | 'PROVINCE' | 'CENTRAL';

/** The three parts of the score sheet (phiếu đánh giá). */
export type OcopPart = 'A' | 'B' | 'C';

/**
 * What a level does: GUIDE (receives ideas and guides applicants), REPORT (writes the commune evaluation
 * report without scoring, 1489), EVALUATE (a council scores the product).
 */
export type OcopLevelRole = 'GUIDE' | 'REPORT' | 'EVALUATE';

export interface OcopLevelRule {
  level: OcopLevel;
  role: OcopLevelRole;
  /** Who acts at this level, as the text names it. */
  authorityVi: string;
  authorityEn: string;
  /** Stars whose decision and certificate this level issues (công nhận). */
  recognisesStars: readonly OcopStars[];
  /** A product whose council average reaches this many points goes up to the next evaluating level. */
  forwardFromPoints?: Points;
  /**
   * Stars this level recognises at once for a product it forwards, with its own certificate: the product
   * holds them while the next level decides, and keeps them unless that level awards more (architecture.md
   * §4.3: a province's ≥ 90 is recognised 4★ and proposed for 5★).
   */
  holdsWhileForwarded?: OcopStars;
}

/**
 * How a mandatory minimum criterion (yêu cầu tối thiểu cần đạt) is judged across the council:
 * COUNCIL_AVERAGE: failed when the members' average on it is below its minimum (the default, see
 * evaluate-council.ts); ANY_MEMBER: failed when any member scores it below its minimum.
 */
export type MandatoryCriterionRule = 'COUNCIL_AVERAGE' | 'ANY_MEMBER';

/** OCOP rules in force from a date, keyed by legal basis (architecture.md §2). */
export interface OcopPack {
  id: string;
  legalBasis: readonly string[];
  /** First day (ISO date) on which the pack applies to dossiers. */
  effectiveFrom: string;
  /** Maximum points of each part; they sum to 100. */
  partWeights: Readonly<Record<OcopPart, Points>>;
  /** Which criteria lists the score sheets use (score-criteria.ts). */
  criteriaSet: WeightSet;
  starBands: readonly StarBand[];
  /** Lowest star that gets a certificate. */
  certificateMinStars: OcopStars;
  /** Levels from the bottom up; only EVALUATE levels hold councils. */
  levels: readonly OcopLevelRule[];
  productGroups: readonly OcopProductGroup[];
  certificateValidityMonths: number;
  /** Product choice, not law: how long before expiry the holder is reminded to apply for re-recognition. */
  reminderDaysBeforeExpiry: number;
  /** Share of the council whose sheets make a valid sitting. */
  councilQuorum: { numerator: number; denominator: number };
  mandatoryCriterionRule: MandatoryCriterionRule;
}
