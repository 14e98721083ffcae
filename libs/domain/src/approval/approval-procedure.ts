import type { Role } from '../reference/roles';
import { versionInForce } from '../versioning/in-force';
import type { ApprovalProcedure, ApprovalTransition, ReasonField } from './procedure.types';

/**
 * The support-request approval as a table (architecture.md §4.2, domain.md §4.5). Read a row as "at
 * <stage>, <roles> of <unit> may <action>, which leads to <to> and needs <needs>". The workflow, the
 * officers' API, the inbox's tasks and the timeline all read it; nothing else says who acts where.
 */
const by =
  (role: Role, unit: ApprovalTransition['unit']) =>
  (to: ApprovalTransition['to'], needs: readonly ReasonField[] = []): ApprovalTransition => ({
    roles: [role],
    unit,
    to,
    needs,
  });
const local = by('LOCAL_OFFICER', 'LOCAL');
const appraiser = by('DEPARTMENT_APPRAISER', 'DEPARTMENT');
const member = by('COUNCIL_MEMBER', 'DEPARTMENT');
const leader = by('DEPARTMENT_LEADER', 'DEPARTMENT');
const operator = by('OPERATOR', 'ANY');

/**
 * The council's vote: it may still be open, carry, fail, or lack the members to decide. Without quorum,
 * a council seated by the appraiser is dissolved and re-convened where it sat (RECONVENE: the dossier
 * stays, the appraiser seats other members, then a new vote); dossiers that took their council from
 * configuration go back to the appraisal (NO_QUORUM), as they always did.
 *
 * A re-convened council does not restart COUNCIL_REVIEW's time. The stage's legal time keeps running:
 * that a council could not decide is the Department's failure (it seats the council and answers for its
 * members' conflicts), not the applicant's, and the time the procedure gives the Department for the
 * stage does not start again because it has to seat a second council. So the stage visit goes on with
 * its deadline, its 75 % warning and its breach as they were (CouncilDissolved, no StageChanged); only
 * an operator's EXTEND_DEADLINE, with a reason on record, gives the stage more time. Decision of the
 * project (#15): no text of the Đồng Nai procedure says otherwise [unverified: check the council rules].
 */
const councilOutcomes = {
  PENDING: null,
  APPROVED: 'LEADER_APPROVAL',
  REJECTED: 'REJECTED',
  NO_QUORUM: 'DEPARTMENT_APPRAISAL',
  RECONVENE: null,
} as const;
/** A stage nobody acts at: a dossier passes through it, or ends there. */
const noTask = { task: null, actions: {} } as const;

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
