import type { NotificationRule } from './recipient-spec';

const applicant = { kind: 'applicant' } as const;
const holder = { kind: 'holder' } as const;

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
  TaskCreated: [{ recipients: { kind: 'addressee', field: 'addressee' }, template: 'task-assigned' }],
  SlaWarning: [{ recipients: { kind: 'addressee', field: 'addressee' }, template: 'sla-warning' }],
  SlaBreached: [
    { recipients: applicant, template: 'apology' },
    { recipients: { kind: 'addressee', field: 'escalatedTo' }, template: 'sla-breach' },
  ],
  OcopLevelResult: [{ recipients: holder, template: 'ocop-result' }],
  OcopCertificateIssued: [{ recipients: holder, template: 'certificate-issued' }],
  OcopCertificateExpiring: [{ recipients: holder, template: 'certificate-expiring' }],
};
