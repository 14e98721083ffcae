import type { Unverified } from './criteria.types';

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
