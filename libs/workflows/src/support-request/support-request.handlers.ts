import { setHandler } from '@temporalio/workflow';
import { approvalRefusals, validateAction } from '@kc/domain/approval';
import { refusalFailure } from '../refusal-failure';
import { officerActionUpdate, stateQuery } from './support-request.definitions';
import { applyOfficerAction } from './support-request.council';
import type { SupportRequestRun } from './support-request.run';

export function answerStateQueries(run: SupportRequestRun): void {
  setHandler(stateQuery, () => run.state);
}

/**
 * Every officer's step is an Update. Its validator is the procedure table (`validateAction`): a refused
 * action changes nothing and comes back as a typed refusal. APPROVE first asks the budget (an activity),
 * then the domain decides with the answer.
 */
export function acceptOfficerActions(run: SupportRequestRun): void {
  setHandler(
    officerActionUpdate,
    async ({ actor, action }) => {
      const budget = action.type === 'APPROVE' ? await run.reserveBudget(actor) : undefined;
      run.queue(actor, action.type, applyOfficerAction(run.state, actor, action, { nowMs: Date.now(), budget }));
      return run.state;
    },
    {
      // Validators do not run on replay, so changing what they check changes no recorded history.
      validator: ({ actor, action, claimedBy }) => {
        if (run.approving) throw refusalFailure(approvalRefusals.approvalInProgress);
        const verdict = validateAction(run.state, actor, action, { claimedBy });
        if (!verdict.ok) throw refusalFailure(verdict.refusal);
      },
    },
  );
}
