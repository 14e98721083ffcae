import type { ProgramCode, Stage } from '@kc/contracts';
import type { BudgetWaitlistOrder } from '../budget/budget-waitlist-order';
import type { BasisPoints, Vnd } from '../money/money';

export type ApplicantType = 'SME' | 'COOPERATIVE' | 'COOPERATIVE_GROUP' | 'HOUSEHOLD_BUSINESS';

/** Where the establishment must be: a rural industrial establishment (CNNT), or anywhere (cleaner production). */
export type LocationRule = 'RURAL_INDUSTRIAL' | 'ANY';

/** A document the dossier must carry at submission. */
export interface DocumentRequirement {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** support = min(floor(eligible cost × percent), cap); a whole technology line may raise the cap. */
export interface PercentOfCostFormula {
  kind: 'PERCENT_OF_COST';
  percent: BasisPoints;
  capVnd: Vnd;
  capUnit: 'PER_MODEL' | 'PER_ESTABLISHMENT';
  /** Cap multiplier for a whole technology line (dây chuyền), as a fraction, e.g. 3/2. */
  wholeLineCapMultiplier?: { numerator: number; denominator: number };
}

/** support = min(floor(loan × annual rate × months / 12 × share), cap), months limited to maxMonths. */
export interface InterestShareFormula {
  kind: 'INTEREST_SHARE';
  share: BasisPoints;
  maxMonths: number;
  capVnd: Vnd;
}

export type SupportFormula = PercentOfCostFormula | InterestShareFormula;

export interface ProgramRule {
  eligibleApplicantTypes: readonly ApplicantType[];
  locationRule: LocationRule;
  requiredDocuments: readonly DocumentRequirement[];
  eligibleCostCategories: readonly string[];
  support: SupportFormula;
  /** The text each number comes from; `[unverified]` marks values still to confirm (domain.md §7). */
  basis: string;
}

/**
 * The rules in force from a date, keyed by legal basis. A dossier is judged by the pack in force on its
 * submission date for its whole life.
 */
export interface RulePack {
  id: string;
  legalBasis: readonly string[];
  /** First day (ISO date) the pack applies to submissions. */
  effectiveFrom: string;
  /** Which local tier receives dossiers: district offices before the 2025 reform, communes after. */
  localTier: 'DISTRICT' | 'COMMUNE';
  programs: Readonly<Record<ProgramCode, ProgramRule>>;
  /** Working days per human stage; the expected result date adds up the stages to a decision. */
  stageDeadlineDays: Readonly<Partial<Record<Stage, number>>>;
  /** Working days the applicant has to answer a supplement request before the dossier expires. */
  supplementDeadlineDays: number;
  /**
   * Share of the appraisal council (Hội đồng thẩm định đề án khuyến công) that must be able to vote (no
   * conflict of interest) for it to decide; a proposal then carries with more than half of the votes.
   */
  councilQuorum: { numerator: number; denominator: number };
  /** How freed money reaches the dossiers waiting for budget (default STRICT_FIFO, see `BudgetWaitlistOrder`). */
  budgetWaitlistOrder?: BudgetWaitlistOrder;
}
