import type { TemplateEvaluation } from './evaluation.types';
import type { RuralActionType } from './rural-actions';
import type { IndicatorDecision } from './appraisal-state';
import type { RuralStage } from './rural-stages';

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
