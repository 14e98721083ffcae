import { condition, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { DomainRefusal } from '@kc/domain/approval';
import { ocopRefusals, refusal, requireAbandonReason, requireAppraiser, requireValidMembers } from '@kc/domain/ocop';
import { abandonRoundUpdate, openCouncilUpdate } from './ocop-evaluation.definitions';
import { refusing } from '../refusal-failure';
import type { EvaluationRun } from './ocop-evaluation-run.types';
import type { OcopActor, OcopEvaluationState } from './ocop-evaluation.types';

/** What one of the appraiser's decisions on a round waiting for its council checks and does. */
interface CouncilDecision<A> {
  /** The refusal when the round does not wait for a council, or someone already decided. */
  notNow: DomainRefusal;
  /** The decision's own input rules (members, a reason), after the appraiser's role and the stage. */
  check(args: A): void;
  decide(args: A): void;
}

/**
 * A decision on a round that waits for a council nobody has named yet (the next level's, or one
 * re-convened after no quorum): the appraiser's alone, refused otherwise; the walk of the levels acts on
 * it, and the update answers once the round has moved on.
 */
function onAwaitingCouncil<A extends { actor: OcopActor }>(
  run: EvaluationRun,
  update: UpdateDefinition<OcopEvaluationState, [A]>,
  decision: CouncilDecision<A>,
): void {
  const { state } = run;
  setHandler(
    update,
    async (args) => {
      decision.decide(args);
      await condition(() => state.stage !== 'AWAITING_COUNCIL');
      return state;
    },
    {
      validator: (args) =>
        refusing(() => {
          requireAppraiser(args.actor);
          if (state.stage !== 'AWAITING_COUNCIL' || run.nextMembers || run.abandonRequest)
            throw refusal(decision.notNow);
          decision.check(args);
        }),
    },
  );
}

/**
 * The appraiser names the council a level waits for (`openCouncil`), or abandons the round instead, with a
 * reason (`abandonRound`: the round ends ABANDONED).
 */
export function installCouncilDecisions(run: EvaluationRun): void {
  onAwaitingCouncil(run, openCouncilUpdate, {
    notNow: ocopRefusals.notAwaitingCouncil,
    check: ({ members }) => requireValidMembers(members),
    decide: ({ members }) => (run.nextMembers = [...members]),
  });
  onAwaitingCouncil(run, abandonRoundUpdate, {
    notNow: ocopRefusals.notAbandonable,
    check: ({ reason }) => requireAbandonReason(reason),
    decide: ({ actor, reason }) => (run.abandonRequest = { actor, reason: reason.trim() }),
  });
}
