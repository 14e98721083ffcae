import type { Stage } from '@kc/contracts';
import type { OfficerAction } from './support-request.types';

/** Which actions each stage takes, and the role that may take them there. */
export const stageRules: Readonly<Partial<Record<Stage, Partial<Record<OfficerAction['type'], string>>>>> = {
  RECEPTION: { ACCEPT: 'LOCAL_OFFICER', REQUEST_SUPPLEMENT: 'LOCAL_OFFICER', REFUSE: 'LOCAL_OFFICER' },
  LOCAL_REVIEW: { RECOMMEND: 'LOCAL_OFFICER' },
  DEPARTMENT_APPRAISAL: {
    REQUEST_SUPPLEMENT: 'DEPARTMENT_APPRAISER',
    RETURN_TO_LOCAL: 'DEPARTMENT_APPRAISER',
    PROPOSE_AMOUNT: 'DEPARTMENT_APPRAISER',
  },
  COUNCIL_REVIEW: { DECLARE_CONFLICT: 'COUNCIL_MEMBER', VOTE: 'COUNCIL_MEMBER' },
  LEADER_APPROVAL: { APPROVE: 'DEPARTMENT_LEADER', DECLINE: 'DEPARTMENT_LEADER' },
  // Nghiệm thu (acceptance) is recorded once the beneficiary has implemented; it passes through ACCEPTANCE.
  IMPLEMENTATION: { RECORD_ACCEPTANCE: 'DEPARTMENT_APPRAISER' },
  DISBURSEMENT: { RECORD_DISBURSEMENT: 'DEPARTMENT_APPRAISER' },
};

/** Stages whose officer must belong to the dossier's local unit. */
export const localStages: readonly Stage[] = ['RECEPTION', 'LOCAL_REVIEW'];

export const stageNamesVi: Readonly<Partial<Record<Stage, string>>> = {
  RECEPTION: 'tiếp nhận',
  LOCAL_REVIEW: 'xác minh tại địa phương',
  DEPARTMENT_APPRAISAL: 'thẩm định của Sở',
  COUNCIL_REVIEW: 'hội đồng xét duyệt',
  LEADER_APPROVAL: 'phê duyệt của lãnh đạo Sở',
  IMPLEMENTATION: 'triển khai',
  ACCEPTANCE: 'nghiệm thu',
  DISBURSEMENT: 'giải ngân',
};
