import { condition, setHandler } from '@temporalio/workflow';
import { ocopRefusals, refusal, requireAbandonReason, requireAppraiser } from '@kc/domain/ocop';
import { abandonRoundUpdate } from './ocop-evaluation.definitions';
import { refusing } from '../refusal-failure';
import type { EvaluationRun } from './ocop-evaluation.run';

/**
 * The appraiser may give up on a round that waits for a council (the next level's, or one re-convened
 * after no quorum), with a reason. Refused unless the round waits for a council nobody has named yet; the
 * walk of the levels then ends the round ABANDONED, and the update answers with that state.
 */
export function installAbandonHandler(run: EvaluationRun): void {
  const { state } = run;
  setHandler(
    abandonRoundUpdate,
    async ({ actor, reason }) => {
      run.abandonRequest = { actor, reason: reason.trim() };
      await condition(() => state.stage !== 'AWAITING_COUNCIL');
      return state;
    },
    {
      validator: ({ actor, reason }) =>
        refusing(() => {
          requireAppraiser(actor);
          if (state.stage !== 'AWAITING_COUNCIL' || run.nextMembers || run.abandonRequest)
            throw refusal(ocopRefusals.notAbandonable);
          requireAbandonReason(reason);
        }),
    },
  );
}
