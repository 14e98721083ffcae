import type { Role } from '../reference/roles';
import type { Versioned } from '../versioning/in-force';
import type { RuralLevel, RuralSelfAssessment, TemplateEvaluation, Unverified } from './criteria.types';

export const ruralStages = [
  'SELF_ASSESSMENT',
  'LOCAL_VERIFICATION',
  'POWER_CONFIRMATION',
  'SITE_INSPECTION',
  'DEPARTMENT_APPRAISAL',
  'CONCLUSION',
  'SUPPLEMENT',
  'PASSED',
  'NOT_MET',
  'REVOKED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type RuralStage = (typeof ruralStages)[number];

/** Whose unit an actor must belong to: the commune's, its district's (before 1/7/2025), the Department's. */
export type UnitScope = 'COMMUNE' | 'DISTRICT' | 'DEPARTMENT' | 'ANY';

export type RuralAction =
  | { type: 'SUBMIT_SELF_ASSESSMENT'; assessment: RuralSelfAssessment }
  | { type: 'VERIFY'; note: string }
  | { type: 'RECORD_POWER_CONFIRMATION'; documentRef: string; note?: string }
  | { type: 'RECORD_INSPECTION'; minutes: string; documentRef: string }
  | { type: 'CONFIRM_INDICATOR'; indicatorCode: string }
  | { type: 'OVERRIDE_INDICATOR'; indicatorCode: string; verdict: 'DAT' | 'KHONG_DAT'; reason?: string }
  | { type: 'PROPOSE_CONCLUSION'; note: string }
  | { type: 'SIGN_CONCLUSION'; conclusionNumber: string }
  | { type: 'RETURN'; reason: string }
  | { type: 'REQUEST_SUPPLEMENT'; items: { code: string; reasonVi: string }[] }
  | { type: 'SUBMIT_SUPPLEMENT'; assessment: RuralSelfAssessment }
  | { type: 'REAPPRAISE'; reason: string }
  | { type: 'REVOKE'; reason: string; indicatorCodes: string[] }
  | { type: 'CANCEL'; reason: string };
export type RuralActionType = RuralAction['type'];

/** Fields an action must carry with content (a reason, the minutes, a document reference…). */
export type NeededField =
  'reason' | 'note' | 'documentRef' | 'minutes' | 'items' | 'conclusionNumber' | 'indicatorCodes';

/**
 * One row of the procedure table: who may act (roles, in which unit), where the action leads, and what
 * it needs. `to`: a stage; null = stays; RETURN = back to the stage that asked for a supplement;
 * BY_OUTCOME = the procedure's outcome stage for the appraised result.
 */
export interface Transition {
  roles: readonly Role[];
  unit: UnitScope;
  to: RuralStage | null | 'RETURN' | 'BY_OUTCOME';
  needs: readonly NeededField[];
}

export interface StageSpec {
  /** The task the stage opens in the inbox (null: nobody has to act; the stage may still take actions). */
  task: { role: Role; unit: UnitScope } | null;
  actions: Partial<Record<RuralActionType, Transition>>;
}

export interface RuralProcedure extends Versioned {
  legalBasis: string;
  /** Registrations on or after this version's date go through these stages. */
  stages: Readonly<Record<RuralStage, StageSpec>>;
  /** Actions possible at any stage that has a task (operators and the leader cancelling). */
  anyOpenStage: Partial<Record<RuralActionType, Transition>>;
  start: RuralStage;
  outcomes: { DAT: RuralStage; KHONG_DAT: RuralStage };
  /** Working-day limits: not retrieved for NTM appraisal (domain.md §5), so configurable and unverified. */
  deadlines: {
    stageWorkingDays: Partial<Record<RuralStage, number>>;
    verification: Unverified;
  };
  /** Where a stage goes when its deadline passes with nobody acting (a supplement not sent in time). */
  onDeadline: Partial<Record<RuralStage, RuralStage>>;
  /** Any other stage past its deadline is overdue: its task is escalated to this role of the same unit. */
  escalation: Record<Exclude<UnitScope, 'ANY'>, Role>;
}

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

/** What a decided action makes the appraisals service record (rows, timeline, outbox) in one transaction. */
export type RuralStep =
  | { kind: 'STAGE_CHANGED'; from: RuralStage | null; to: RuralStage; note: string | null }
  | { kind: 'SELF_ASSESSMENT_SUBMITTED'; evaluation: TemplateEvaluation }
  | { kind: 'ACTION_RECORDED'; action: RuralActionType; textVi: string; textEn: string }
  | { kind: 'INDICATOR_DECIDED'; code: string; decision: IndicatorDecision }
  | { kind: 'SUPPLEMENT_REQUESTED'; items: { code: string; reasonVi: string }[] }
  | {
      kind: 'CONCLUDED';
      outcome: 'DAT' | 'KHONG_DAT';
      conclusionNumber: string;
      indicators: { code: string; verdict: 'DAT' | 'KHONG_DAT'; overridden: boolean }[];
    }
  | { kind: 'REVOKED'; reason: string; indicatorCodes: string[] }
  | { kind: 'STAGE_OVERDUE'; stage: RuralStage; dueAt: string };

/** A refusal of the procedure, typed: a code for programs, a text in each language for people. */
export interface RuralRefusal {
  code: string;
  vi: string;
  en: string;
}
