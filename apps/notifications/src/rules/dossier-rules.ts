import type { NotificationRule } from './recipient-spec';

const applicant = { kind: 'applicant' } as const;

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
const mattersToApplicant = (f: Record<string, unknown>) =>
  f.from !== f.to && STAGES_TOLD_TO_APPLICANT.has(String(f.to));

/** Who hears of each dossier event (applications, appraisals): the applicant, or the task's addressee. */
export const dossierRules: Readonly<Record<string, readonly NotificationRule[]>> = {
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
};
