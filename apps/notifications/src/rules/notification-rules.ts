import type { NotificationRule } from './recipient-spec';

const applicant = { kind: 'applicant' } as const;
const holder = { kind: 'holder' } as const;

/**
 * The stages whose start an applicant is told of. Reception is the receipt, and the end states and the
 * approval (which opens IMPLEMENTATION) have notices of their own, so telling those too would say it twice.
 * A stage resumed after a supplement (from = to) is not news either.
 */
export const STAGES_TOLD_TO_APPLICANT: ReadonlySet<string> = new Set([
  'LOCAL_REVIEW',
  'DEPARTMENT_APPRAISAL',
  'COUNCIL_REVIEW',
  'LEADER_APPROVAL',
  'ACCEPTANCE',
  'DISBURSEMENT',
]);
/** A new-rural appraisal's commune: its officers self-assess and answer, its leader hears the outcome. */
const commune = (role: string) =>
  ({ kind: 'unitRole', unit: (f: Record<string, unknown>) => f.communeCode, role }) as const;
/** Whoever a rural stage opened a task for (null unit or role: a stage nobody works on, such as the end). */
const ruralTaskHolder = {
  kind: 'unitRole',
  unit: (f: Record<string, unknown>) => f.unitCode,
  role: (f: Record<string, unknown>) => f.role,
} as const;
const escalatedRural = {
  kind: 'unitRole',
  unit: (f: Record<string, unknown>) => (f.escalatedTo as { unitCode: string }).unitCode,
  role: (f: Record<string, unknown>) => (f.escalatedTo as { role: string }).role,
} as const;

const mattersToApplicant = (f: Record<string, unknown>) =>
  f.from !== f.to && STAGES_TOLD_TO_APPLICANT.has(String(f.to));

/**
 * Which event tells whom, with which template: data, read by one dispatcher. Adding a notification is a
 * line here, a field schema in `event-fields.ts` and a template pair, never a new code branch.
 */
export const NotificationRules: Readonly<Record<string, readonly NotificationRule[]>> = {
  ApplicationSubmitted: [{ recipients: applicant, template: 'receipt' }],
  SupplementRequested: [{ recipients: applicant, template: 'supplement-request' }],
  ApplicationRefused: [{ recipients: applicant, template: 'refusal' }],
  ApplicationApproved: [{ recipients: applicant, template: 'approval' }],
  ApplicationRejected: [{ recipients: applicant, template: 'rejection' }],
  ApplicationCancelled: [{ recipients: applicant, template: 'cancellation' }],
  ApplicationExpired: [{ recipients: applicant, template: 'expiry' }],
  ApplicationWithdrawn: [{ recipients: applicant, template: 'withdrawal' }],
  StageChanged: [{ recipients: applicant, template: 'stage-changed', when: mattersToApplicant }],
  DisbursementRecorded: [{ recipients: applicant, template: 'disbursement' }],
  BudgetWaitlisted: [{ recipients: applicant, template: 'budget-waitlisted' }],
  DeadlineExtended: [{ recipients: applicant, template: 'deadline-extended' }],
  ApplicationCompleted: [{ recipients: applicant, template: 'completion' }],
  TaskCreated: [{ recipients: { kind: 'addressee', field: 'addressee' }, template: 'task-assigned' }],
  SlaWarning: [{ recipients: { kind: 'addressee', field: 'addressee' }, template: 'sla-warning' }],
  SlaBreached: [
    { recipients: applicant, template: 'apology' },
    { recipients: { kind: 'addressee', field: 'escalatedTo' }, template: 'sla-breach' },
  ],
  OcopLevelResult: [{ recipients: holder, template: 'ocop-result' }],
  OcopCertificateIssued: [{ recipients: holder, template: 'certificate-issued' }],
  OcopCertificateExpiring: [{ recipients: holder, template: 'certificate-expiring' }],
  RuralCriteriaStageChanged: [
    { recipients: ruralTaskHolder, template: 'rural-task', when: (f) => f.from !== f.to && !!f.unitCode && !!f.role },
  ],
  RuralCriteriaSupplementRequested: [{ recipients: commune('LOCAL_OFFICER'), template: 'rural-supplement' }],
  RuralCriteriaStageOverdue: [{ recipients: escalatedRural, template: 'rural-overdue' }],
  RuralCriteriaConcluded: [
    { recipients: commune('LOCAL_OFFICER'), template: 'rural-conclusion' },
    { recipients: commune('LOCAL_LEADER'), template: 'rural-conclusion' },
  ],
  RuralRecognitionRevoked: [{ recipients: commune('LOCAL_LEADER'), template: 'rural-revoked' }],
  OcopProposalOverdue: [{ recipients: { kind: 'addressee', field: 'addressee' }, template: 'ocop-proposal-overdue' }],
};
