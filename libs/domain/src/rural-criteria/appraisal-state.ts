import type { RuralLevel } from './criteria.types';
import type { TemplateEvaluation } from './evaluation.types';
import type { RuralStage } from './rural-stages';

/** Who acts, as the API passes it from the verified token. */
export interface RuralActor {
  userId: string;
  roles: readonly string[];
  unitCode: string | null;
}

export interface IndicatorDecision {
  proposal: 'DAT' | 'KHONG_DAT';
  verdict: 'DAT' | 'KHONG_DAT';
  overridden: boolean;
  reason: string | null;
  by: string;
}

/** What the workflow remembers (its Query answers this). */
export interface RuralAppraisalState {
  appraisalId: string;
  communeCode: string;
  /** A former commune's successor since the 1/7/2025 mergers: its officers act for the commune. */
  communeSuccessorCode?: string | null;
  /** The district that verifies (registrations before 1/7/2025), else null. */
  districtCode: string | null;
  level: RuralLevel;
  targetYear: number;
  packId: string;
  templateId: string;
  procedureId: string;
  stage: RuralStage;
  /** 1, then +1 at each re-appraisal. */
  round: number;
  evaluation: TemplateEvaluation | null;
  decisions: Record<string, IndicatorDecision>;
  powerConfirmationRef: string | null;
  inspection: { minutes: string; documentRef: string } | null;
  conclusion: { outcome: 'DAT' | 'KHONG_DAT'; number: string; note: string | null; signedBy: string } | null;
  proposalNote: string | null;
  supplement: { items: { code: string; reasonVi: string }[]; returnTo: RuralStage; dueAt: string | null } | null;
  dueAt: string | null;
  /** The current stage's deadline passed and its task was escalated. */
  overdue: boolean;
  revocation: { reason: string; indicatorCodes: string[] } | null;
}
