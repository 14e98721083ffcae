import { waitKey } from '../waiting/waiting-events.repository';

/** The events whose projection makes someone known, and the wait they end. */
export const RELEASES: Readonly<Record<string, (payload: Record<string, unknown>) => string>> = {
  ApplicationSubmitted: (p) => waitKey.applicant(String(p.applicationId)),
  AccountRegistered: (p) => waitKey.account(String(p.accountId)),
  AccountUpdated: (p) => waitKey.account(String(p.accountId)),
};
