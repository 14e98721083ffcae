/**
 * Who holds a dossier while it sits at a stage (delay attribution, Decision 766/QĐ-TTg asks "whose delay").
 * The applicant holds it while a supplement is awaited; the budget wait is the time between approval
 * and the reservation from the programme's yearly budget (the wait-list).
 */
export type HolderParty = 'DEPARTMENT' | 'LOCAL' | 'APPLICANT' | 'COUNCIL' | 'BUDGET_WAIT';

export const HOLDER_PARTIES: readonly HolderParty[] = ['DEPARTMENT', 'LOCAL', 'APPLICANT', 'COUNCIL', 'BUDGET_WAIT'];

const holderOfStage: Readonly<Record<string, HolderParty>> = {
  RECEPTION: 'LOCAL',
  LOCAL_REVIEW: 'LOCAL',
  DEPARTMENT_APPRAISAL: 'DEPARTMENT',
  COUNCIL_REVIEW: 'COUNCIL',
  LEADER_APPROVAL: 'DEPARTMENT',
  // The beneficiary carries out the supported project: its time, not the administration's.
  IMPLEMENTATION: 'APPLICANT',
  ACCEPTANCE: 'DEPARTMENT',
  DISBURSEMENT: 'DEPARTMENT',
  OCOP_COMMUNE: 'COUNCIL',
  OCOP_DISTRICT: 'COUNCIL',
  OCOP_PROVINCE: 'COUNCIL',
  OCOP_CENTRAL: 'COUNCIL',
  // New-rural criteria appraisals: the commune assesses itself and answers supplements (the district
  // verified before 1/7/2025); the Department records the power company's confirmation, inspects,
  // appraises and concludes.
  SELF_ASSESSMENT: 'LOCAL',
  LOCAL_VERIFICATION: 'LOCAL',
  SUPPLEMENT: 'LOCAL',
  POWER_CONFIRMATION: 'DEPARTMENT',
  SITE_INSPECTION: 'DEPARTMENT',
  CONCLUSION: 'DEPARTMENT',
};

/** Stages where a case ends: entering one closes the open visit and opens none. */
export const FINAL_STAGES: ReadonlySet<string> = new Set([
  'COMPLETED',
  'REFUSED',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
  'CANCELLED',
  // A new-rural appraisal's ends: criteria met or not, a recognition revoked.
  'PASSED',
  'NOT_MET',
  'REVOKED',
]);

/** Stages after the administrative result: reaching one ends the procedure the on-time rate judges. */
export const AFTER_RESULT_STAGES: ReadonlySet<string> = new Set(['IMPLEMENTATION', 'ACCEPTANCE', 'DISBURSEMENT']);

export function holderOf(stage: string): HolderParty {
  return holderOfStage[stage] ?? 'DEPARTMENT';
}

/** Names of the parties as operators read them. */
export const holderLabels: Readonly<Record<HolderParty, string>> = {
  DEPARTMENT: 'Sở Công Thương',
  LOCAL: 'UBND cấp xã/huyện',
  APPLICANT: 'Người nộp hồ sơ',
  COUNCIL: 'Hội đồng',
  BUDGET_WAIT: 'Chờ bố trí kinh phí',
};
