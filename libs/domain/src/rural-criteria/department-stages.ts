import type { StageSpec } from './procedure.types';
import type { RuralStage } from './rural-stages';
import { appraiser, commune, leader, reappraise, supplement } from './procedure-rows';

const appraiserTask = { role: 'DEPARTMENT_APPRAISER', unit: 'DEPARTMENT' } as const;

/** Stages from the power company's confirmation on; the same in both topologies. */
export const departmentStages: Omit<Record<RuralStage, StageSpec>, 'SELF_ASSESSMENT' | 'LOCAL_VERIFICATION'> = {
  POWER_CONFIRMATION: {
    task: appraiserTask,
    actions: {
      RECORD_POWER_CONFIRMATION: appraiser('SITE_INSPECTION', ['documentRef']),
      REQUEST_SUPPLEMENT: supplement,
    },
  },
  SITE_INSPECTION: {
    task: appraiserTask,
    actions: {
      RECORD_INSPECTION: appraiser('DEPARTMENT_APPRAISAL', ['minutes', 'documentRef']),
      REQUEST_SUPPLEMENT: supplement,
    },
  },
  DEPARTMENT_APPRAISAL: {
    task: appraiserTask,
    actions: {
      CONFIRM_INDICATOR: appraiser(null),
      // The system proposes; the appraiser may decide otherwise, never without saying why.
      OVERRIDE_INDICATOR: appraiser(null, ['reason']),
      PROPOSE_CONCLUSION: appraiser('CONCLUSION', ['note']),
      REQUEST_SUPPLEMENT: supplement,
    },
  },
  CONCLUSION: {
    task: { role: 'DEPARTMENT_LEADER', unit: 'DEPARTMENT' },
    actions: {
      SIGN_CONCLUSION: leader('BY_OUTCOME', ['conclusionNumber']),
      RETURN: leader('DEPARTMENT_APPRAISAL', ['reason']),
    },
  },
  SUPPLEMENT: { task: { role: 'LOCAL_OFFICER', unit: 'COMMUNE' }, actions: { SUBMIT_SUPPLEMENT: commune('RETURN') } },
  PASSED: {
    task: null,
    actions: { REVOKE: leader('REVOKED', ['reason', 'indicatorCodes']), REAPPRAISE: reappraise },
  },
  NOT_MET: { task: null, actions: { REAPPRAISE: reappraise } },
  REVOKED: { task: null, actions: { REAPPRAISE: reappraise } },
  EXPIRED: { task: null, actions: { REAPPRAISE: reappraise } },
  CANCELLED: { task: null, actions: {} },
};
