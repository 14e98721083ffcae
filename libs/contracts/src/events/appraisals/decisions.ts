// The decisions that end (or fund) a dossier: refusal, rejection, approval, disbursement, completion, and an
// operator's cancellation or the expiry of an unanswered supplement request.
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';

const decisionBase = {
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  decidedAt: z.iso.datetime({ offset: true }),
};

/** Refused at reception (not eligible, incomplete beyond supplement). */
export const applicationRefusedV1 = z.object({ ...decisionBase, reason: z.string().min(1).max(2000) });
/** Rejected by the council or declined by the leader. */
export const applicationRejectedV1 = z.object({ ...decisionBase, reason: z.string().min(1).max(2000) });
/** Approved by the Department's leader, with the support amount in integer VND. */
export const applicationApprovedV1 = z.object({ ...decisionBase, amountVnd: z.number().int().positive() });
/** A (partial) disbursement was recorded. */
export const disbursementRecordedV1 = z.object({ ...decisionBase, amountVnd: z.number().int().positive() });
/** Everything approved has been disbursed. */
export const applicationCompletedV1 = z.object(decisionBase);

/** An operator cancelled the dossier, with a reason. */
export const applicationCancelledV1 = z.object({ ...decisionBase, reason: z.string().min(1).max(2000) });
/** The applicant did not answer a supplement request in time. */
export const applicationExpiredV1 = z.object({ ...decisionBase, reason: z.string().min(1).max(2000) });
