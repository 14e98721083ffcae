import type { StageEvent } from '@kc/domain';
import { dossierEvent } from '../stage-event-mapping';
import type { StageEventHandler, StageStep } from './stage-step';

type Ending = 'ApplicationRefused' | 'ApplicationRejected' | 'ApplicationCancelled' | 'ApplicationExpired';

/** A decision that ends the dossier, with its reason. */
export const endedWithReason = async (s: StageStep, e: Extract<StageEvent, { type: Ending }>) => {
  s.drafts.push(dossierEvent(e.type, s.identity, { reason: e.reason, decidedAt: s.at.toISOString() }));
};

/** A decision about money: the approved amount, or one disbursement. */
export const amountDecided = async (
  s: StageStep,
  e: Extract<StageEvent, { type: 'ApplicationApproved' | 'DisbursementRecorded' }>,
) => {
  s.drafts.push(dossierEvent(e.type, s.identity, { amountVnd: e.amountVnd, decidedAt: s.at.toISOString() }));
};

export const applicationCompleted: StageEventHandler<'ApplicationCompleted'> = async (s) => {
  s.drafts.push(dossierEvent('ApplicationCompleted', s.identity, { decidedAt: s.at.toISOString() }));
};
