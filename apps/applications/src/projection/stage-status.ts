import type { Stage } from '@kc/contracts';

/** The status the applicant sees while the dossier is in each stage (its label is the domain's `stageLabels`). */
export const stageStatus: Readonly<Record<Stage, string>> = {
  RECEPTION: 'IN_REVIEW',
  LOCAL_REVIEW: 'IN_REVIEW',
  DEPARTMENT_APPRAISAL: 'IN_REVIEW',
  COUNCIL_REVIEW: 'IN_REVIEW',
  LEADER_APPROVAL: 'IN_REVIEW',
  IMPLEMENTATION: 'APPROVED',
  ACCEPTANCE: 'APPROVED',
  DISBURSEMENT: 'APPROVED',
  COMPLETED: 'COMPLETED',
  REFUSED: 'CLOSED',
  REJECTED: 'CLOSED',
  WITHDRAWN: 'WITHDRAWN',
  EXPIRED: 'CLOSED',
  CANCELLED: 'CLOSED',
};
