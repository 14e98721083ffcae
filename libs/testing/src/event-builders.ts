import { randomUUID } from 'node:crypto';
import type { EventDraft } from '@kc/messaging';

// Random start: dossier codes of one run do not repeat the last run's in a database that keeps them.
let counter = Math.floor(Math.random() * 900_000);

/** A valid ApplicationSubmitted draft; pass overrides for what the test cares about. */
export function applicationSubmittedDraft(
  overrides: Partial<EventDraft<'ApplicationSubmitted'>['payload']> = {},
): EventDraft<'ApplicationSubmitted'> {
  const applicationId = overrides.applicationId ?? randomUUID();
  counter += 1;
  return {
    type: 'ApplicationSubmitted',
    aggregateId: applicationId,
    actor: { kind: 'user', id: 'applicant-1', role: 'APPLICANT' },
    payload: {
      applicationId,
      dossierCode: `KC-2026-${String(counter % 1_000_000).padStart(6, '0')}`,
      programCode: 'MACHINERY',
      rulePackId: 'dong-nai-2025-07',
      applicantId: 'applicant-1',
      applicantName: 'Hợp tác xã Chế biến Hạt điều Xuân Lộc',
      localUnitCode: 'X-XUAN-LOC',
      submittedAt: '2026-11-28T08:00:00.000Z',
      eligibleCostVnd: 400_000_000,
      proposedSupportVnd: 200_000_000,
      expectedResultDate: '2026-12-28',
      ...overrides,
    },
  };
}
