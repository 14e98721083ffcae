import type { RuralLevel, RuralStage, TemplateEvaluation } from '@kc/domain/rural-criteria';

/** An appraisal as the API shows it, and the columns that read it. */
export interface AppraisalRow {
  appraisalId: string;
  communeCode: string;
  communeName: string;
  districtCode: string | null;
  level: RuralLevel;
  targetYear: number;
  areaName: string;
  communeGroup: number | null;
  registeredOn: string;
  packId: string;
  templateId: string;
  procedureId: string;
  stage: RuralStage;
  round: number;
  submittedEvaluation: TemplateEvaluation | null;
  decisions: Record<string, { proposal: string; verdict: string; overridden: boolean; reason: string | null }>;
  outcome: 'DAT' | 'KHONG_DAT' | null;
  conclusionNumber: string | null;
  concludedAt: Date | null;
}

export const COLUMNS = `appraisal_id AS "appraisalId", commune_code AS "communeCode", commune_name AS "communeName",
  district_code AS "districtCode", level, target_year AS "targetYear", area_name AS "areaName",
  commune_group AS "communeGroup", to_char(registered_on, 'YYYY-MM-DD') AS "registeredOn", pack_id AS "packId",
  template_id AS "templateId", procedure_id AS "procedureId", stage, round,
  submitted_evaluation AS "submittedEvaluation", decisions, outcome, conclusion_number AS "conclusionNumber",
  concluded_at AS "concludedAt"`;

export type NewAppraisal = Omit<
  AppraisalRow,
  'stage' | 'round' | 'submittedEvaluation' | 'decisions' | 'outcome' | 'conclusionNumber' | 'concludedAt'
> & { stage: RuralStage; registeredBy: string };
