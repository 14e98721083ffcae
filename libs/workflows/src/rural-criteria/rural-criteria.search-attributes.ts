import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { DEPARTMENT_UNIT_CODE, ruralProcedureById, type RuralAppraisalState } from '@kc/domain/rural-criteria';
import { supportRequestSearchKeys as keys } from '../support-request/support-request.search-attributes';

/** `KcProgram` of every new-rural appraisal, so operators can filter them apart from khuyến công dossiers. */
export const RURAL_PROGRAM = 'NTM';

/** The unit whose task the stage opened: the commune (today's, after a merger), its district or the Department. */
function unitOf(s: RuralAppraisalState): string | null {
  const task = ruralProcedureById(s.procedureId).stages[s.stage].task;
  if (!task) return null;
  const units = {
    COMMUNE: s.communeSuccessorCode ?? s.communeCode,
    DISTRICT: s.districtCode,
    DEPARTMENT: DEPARTMENT_UNIT_CODE,
    ANY: null,
  };
  return units[task.unit];
}

/** The same keys as the approval's (KcDossierCode, KcProgram, KcStage, KcUnit, KcDueAt, KcOverdue), for one state. */
export function ruralSearchAttributes(s: RuralAppraisalState): SearchAttributeUpdatePair[] {
  return [
    { key: keys.dossier, value: `${s.communeCode}/${s.level}/${s.targetYear}` },
    { key: keys.program, value: RURAL_PROGRAM },
    { key: keys.stage, value: s.stage },
    { key: keys.unit, value: unitOf(s) },
    { key: keys.dueAt, value: s.dueAt ? new Date(s.dueAt) : null },
    { key: keys.overdue, value: s.overdue },
  ];
}
