import { defineUpdate, patched, setHandler } from '@temporalio/workflow';
import { SupportRequestMessages } from '@kc/contracts/temporal';
import { applySeating, validateSeating, type Actor, type SupportRequestState } from '@kc/domain/approval';
import { refusalFailure } from '../refusal-failure';
import type { SupportRequestInput } from './support-request.definitions';
import type { SupportRequestRun } from './support-request.run';

/**
 * The appraiser seats or re-seats the dossier's council. The appraisals service checks first that every
 * member is in the directory with the council role; the validator checks the rest (stage, size, no vote
 * yet, the inbox's claim) and a refusal changes nothing.
 */
export const seatCouncilUpdate = defineUpdate<
  SupportRequestState,
  [{ actor: Actor; memberIds: string[]; claimedBy?: string | null }]
>(SupportRequestMessages.seatCouncil);

/**
 * Where a dossier's council comes from. Dossiers started since the patch wait at COUNCIL_REVIEW for the
 * appraiser to seat one; those started before keep the members they were started with (their recorded
 * histories replay unchanged).
 */
export function initialCouncil(input: SupportRequestInput): Pick<SupportRequestState, 'council' | 'councilSeating'> {
  if (patched('council-seating')) return { council: [], councilSeating: 'BY_APPRAISER' };
  return { council: (input.council ?? []).map((userId) => ({ userId })) };
}

export function acceptCouncilSeating(run: SupportRequestRun): void {
  setHandler(
    seatCouncilUpdate,
    ({ actor, memberIds }) => {
      run.queue(actor, 'SEAT_COUNCIL', applySeating(run.state, memberIds));
      return run.state;
    },
    {
      validator: ({ actor, memberIds, claimedBy }) => {
        const verdict = validateSeating(run.state, actor, memberIds, { claimedBy });
        if (!verdict.ok) throw refusalFailure(verdict.refusal);
      },
    },
  );
}
