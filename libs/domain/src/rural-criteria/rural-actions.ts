import type { RuralSelfAssessment } from './self-assessment.types';

/** What officers (and the commune) do to an appraisal; the procedure table says who may, where. */
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
