import { defineUpdate, patched, setHandler } from '@temporalio/workflow';
import { SupportRequestMessages } from '@kc/contracts/temporal';
import {
  applyAction,
  applySeating,
  validateSeating,
  type Actor,
  type Applied,
  type OfficerAction,
  type SupportRequestState,
} from '@kc/domain/approval';
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

/**
 * An officer's action, applied by the procedure. A council that loses its quorum is dissolved in the same
 * stage visit, whose clock goes on (the law, see the procedure's `councilOutcomes`). Dossiers that
 * dissolved a council before the patch re-entered COUNCIL_REVIEW with a fresh deadline timer instead, and
 * replay that way; the patch is asked only when a council is dissolved.
 */
export function applyOfficerAction(
  state: SupportRequestState,
  actor: Actor,
  action: OfficerAction,
  step: Parameters<typeof applyAction>[3],
): Applied {
  const applied = applyAction(state, actor, action, step);
  const dissolves = applied.events.some((e) => e.type === 'CouncilDissolved');
  if (!dissolves || patched('council-dissolved-keeps-stage-clock')) return applied;
  return applyAction(state, actor, action, { ...step, reconvening: 'NEW_VISIT' });
}
