import { versionInForce } from '../versioning/in-force';
import { appraiser, leader, local, member, noTask, operator } from './approval-rows';
import { councilOutcomes } from './council-outcomes';
import type { ApprovalProcedure } from './procedure.types';

/**
 * The support-request approval as a table (architecture.md §4.2, domain.md §4.5). Read a row as "at
 * <stage>, <roles> of <unit> may <action>, which leads to <to> and needs <needs>". The workflow, the
 * officers' API, the inbox's tasks and the timeline all read it; nothing else says who acts where.
 */
export const approvalProcedures: readonly ApprovalProcedure[] = [
  {
    id: 'khuyen-cong-dong-nai-2020',
    effectiveFrom: '2020-04-16',
    // The steps are the usual provincial pattern; Đồng Nai's own procedure text is not retrieved (domain.md §4.5).
    legalBasis: 'KH 1620/KH-SCT (16/4/2020); TT 36/2013/TT-BCT sửa đổi bởi TT 17/2018/TT-BCT [unverified]',
    stages: {
      RECEPTION: {
        task: { role: 'LOCAL_OFFICER', unit: 'LOCAL' },
        actions: {
          ACCEPT: local('LOCAL_REVIEW'),
          REQUEST_SUPPLEMENT: local(null, ['items']),
          REFUSE: local('REFUSED', ['reason']),
        },
      },
      LOCAL_REVIEW: {
        task: { role: 'LOCAL_OFFICER', unit: 'LOCAL' },
        actions: { RECOMMEND: local('DEPARTMENT_APPRAISAL', ['note']) },
      },
      DEPARTMENT_APPRAISAL: {
        task: { role: 'DEPARTMENT_APPRAISER', unit: 'DEPARTMENT' },
        actions: {
          REQUEST_SUPPLEMENT: appraiser(null, ['items']),
          RETURN_TO_LOCAL: appraiser('LOCAL_REVIEW', ['reason']),
          PROPOSE_AMOUNT: appraiser('COUNCIL_REVIEW'),
        },
      },
      COUNCIL_REVIEW: {
        task: {
          role: 'COUNCIL_MEMBER',
          unit: 'DEPARTMENT',
          perMember: true,
          seating: { role: 'DEPARTMENT_APPRAISER', action: 'SEAT_COUNCIL' },
        },
        actions: { DECLARE_CONFLICT: member(councilOutcomes), VOTE: member(councilOutcomes) },
      },
      LEADER_APPROVAL: {
        task: { role: 'DEPARTMENT_LEADER', unit: 'DEPARTMENT' },
        // Approval reserves the amount from the programme's yearly budget, or the dossier waits for money.
        actions: {
          APPROVE: leader({ RESERVED: 'IMPLEMENTATION', WAITLISTED: null }),
          DECLINE: leader('REJECTED', ['reason']),
        },
      },
      // Nghiệm thu (acceptance) is recorded once the beneficiary has implemented; it passes through ACCEPTANCE.
      IMPLEMENTATION: {
        task: { role: 'DEPARTMENT_APPRAISER', unit: 'DEPARTMENT' },
        actions: { RECORD_ACCEPTANCE: appraiser({ PASSED: ['ACCEPTANCE', 'DISBURSEMENT'], FAILED: null }, ['note']) },
      },
      ACCEPTANCE: noTask,
      DISBURSEMENT: {
        task: { role: 'DEPARTMENT_APPRAISER', unit: 'DEPARTMENT' },
        actions: { RECORD_DISBURSEMENT: appraiser({ PAID_IN_FULL: 'COMPLETED', PARTLY_PAID: null }) },
      },
      COMPLETED: noTask,
      REFUSED: noTask,
      REJECTED: noTask,
      WITHDRAWN: noTask,
      EXPIRED: noTask,
      CANCELLED: noTask,
    },
    anyOpenStage: {
      REASSIGN: operator(null, ['reason']),
      EXTEND_DEADLINE: operator(null, ['reason']),
      CANCEL: operator('CANCELLED', ['reason']),
    },
    ends: { withdrawn: 'WITHDRAWN', supplementExpired: 'EXPIRED' },
    toDecision: ['RECEPTION', 'LOCAL_REVIEW', 'DEPARTMENT_APPRAISAL', 'COUNCIL_REVIEW', 'LEADER_APPROVAL'],
    endStages: ['COMPLETED', 'REFUSED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'CANCELLED'],
  },
];

/**
 * The procedure every dossier follows today. One version so far: the 2025 two-tier reform changed which
 * local unit acts (the rule pack's `localTier`), not the steps.
 */
export const approvalProcedure: ApprovalProcedure = versionInForce(
  approvalProcedures,
  '9999-12-31',
  'approval procedure',
);
