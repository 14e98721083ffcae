import type { NotificationRule } from './recipient-spec';

const holder = { kind: 'holder' } as const;

/** Who hears of each OCOP event: the product's holder, or the appraiser a proposal waits on. */
export const ocopRules: Readonly<Record<string, readonly NotificationRule[]>> = {
  OcopLevelResult: [{ recipients: holder, template: 'ocop-result' }],
  OcopCertificateIssued: [{ recipients: holder, template: 'certificate-issued' }],
  OcopCertificateExpiring: [{ recipients: holder, template: 'certificate-expiring' }],
  OcopEvaluationAbandoned: [{ recipients: holder, template: 'ocop-abandoned' }],
  OcopProposalOverdue: [{ recipients: { kind: 'addressee', field: 'addressee' }, template: 'ocop-proposal-overdue' }],
};
