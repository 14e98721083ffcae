// The programme's yearly budget as approvals take from it, give back, and wait for it.
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';

const budgetBase = {
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  programCode: z.string().min(1),
  /** Budget year the amount is taken from. */
  year: z.number().int().min(2000),
  amountVnd: z.number().int().positive(),
};
/** The approved amount was taken from the programme's yearly budget. */
export const budgetReservedV1 = z.object({ ...budgetBase, reservedAt: z.iso.datetime({ offset: true }) });
/** A reservation was given back (cancellation after approval): the wait-list may move. */
export const budgetReleasedV1 = z.object({
  ...budgetBase,
  reason: z.string().min(1).max(2000),
  releasedAt: z.iso.datetime({ offset: true }),
});

/**
 * The leader approved but the programme's yearly budget cannot fund the amount now: the dossier waits
 * at LEADER_APPROVAL, in order of approval, until freed money reaches it (then BudgetReserved follows).
 */
export const budgetWaitlistedV1 = z.object({
  ...budgetBase,
  amountVnd: z.number().int().nonnegative(),
  /** Place in the programme's wait-list for the year (1 = next to be funded) when it was put there. */
  position: z.number().int().positive(),
  waitlistedAt: z.iso.datetime({ offset: true }),
});
export type BudgetWaitlistedV1 = z.infer<typeof budgetWaitlistedV1>;
