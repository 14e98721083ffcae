/**
 * ruralCriteriaAppraisalWorkflow: one registration of a commune (or residential area) for criteria 4 and 7
 * in a target year (architecture.md §4.4). Id `rural-criteria/<appraisalId>`, task queue `approvals`.
 * The procedure is data (@kc/domain/rural-criteria `ruralProcedures`, chosen by registration date: with
 * the district's verification before 1/7/2025, without it after); this function only runs it:
 * - Update `ruralAction`: any human step; its validator is `checkRuralAction` over the table, and a
 *   refusal travels as an ApplicationFailure whose type is the refusal code and whose details hold it.
 * - Query `state`.
 * - A stage the table gives a deadline outcome (a supplement not sent in time) moves on when it passes.
 * The workflow stays open after the conclusion: a recognition can be revoked and the commune re-appraised.
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  applyRuralAction,
  checkRuralAction,
  deadlinePassed,
  startRuralAppraisal,
  type RuralActor,
  type RuralAppraisalState,
  type RuralRefusal,
  type RuralStep,
} from '@kc/domain/rural-criteria';
import { StepRecorder } from '../step-recorder';
import { ruralSearchAttributes } from './rural-criteria.search-attributes';
import {
  ruralActionUpdate,
  ruralStateQuery,
  type RuralCriteriaActivities,
  type RuralCriteriaInput,
  type RuralStepResult,
} from './rural-criteria.definitions';

const { recordRuralStep } = proxyActivities<RuralCriteriaActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** A refusal as the client sees it: message `vi / en` (what the APIs already split), code and texts in details. */
function refused(r: RuralRefusal): ApplicationFailure {
  return ApplicationFailure.create({ type: r.code, message: `${r.vi} / ${r.en}`, details: [r], nonRetryable: true });
}

export async function ruralCriteriaAppraisalWorkflow(input: RuralCriteriaInput): Promise<RuralAppraisalState> {
  const started = startRuralAppraisal(input);
  let state: RuralAppraisalState = started.state;

  const recorder = new StepRecorder<
    RuralActor | null,
    { step: RuralStep; snapshot: RuralAppraisalState },
    RuralStepResult
  >(workflowInfo().workflowId, ({ step: queued, ...context }) =>
    recordRuralStep({ ...context, appraisalId: input.appraisalId, step: queued.step, appraisal: queued.snapshot }),
  );

  /** Records the steps of one decision and takes the due date of the stage it opened. */
  const record = async (actor: RuralActor | null, steps: RuralStep[]) => {
    const snapshot = { ...state };
    const results = await recorder.record(actor, ...steps.map((step) => ({ step, snapshot })));
    steps.forEach((step, n) => {
      if (step.kind !== 'STAGE_CHANGED' || state.stage !== step.to || state.round !== snapshot.round) return;
      state.dueAt = results[n].dueAt;
      if (state.supplement && step.to === 'SUPPLEMENT') state.supplement.dueAt = results[n].dueAt;
    });
    // Operators filter by stage, unit and due date in the Temporal UI: refreshed when the stage changed.
    if (steps.some((step) => step.kind === 'STAGE_CHANGED' || step.kind === 'STAGE_OVERDUE'))
      upsertSearchAttributes(ruralSearchAttributes(state));
  };

  // Queued before any handler exists: an update that arrived with the start runs as soon as its handler is
  // set, and its steps must come after the registration's (the recorder keeps the queue's order).
  const registered = record(null, started.steps);

  setHandler(ruralStateQuery, () => state);
  setHandler(
    ruralActionUpdate,
    async ({ actor, action }) => {
      const next = applyRuralAction(state, actor, action);
      state = next.state;
      await record(actor, next.steps);
      return state;
    },
    {
      validator: ({ actor, action }) => {
        const refusal = checkRuralAction(state, actor, action);
        if (refusal) throw refused(refusal);
      },
    },
  );

  await registered;

  // Each stage's working-day deadline: a supplement not sent expires the appraisal (the table's
  // onDeadline); any other stage becomes overdue and its task is escalated, once per stage.
  for (;;) {
    await condition(() => state.stage === 'CANCELLED' || (!!state.dueAt && !state.overdue));
    if (state.stage === 'CANCELLED') {
      // The cancelling update is still recording its steps: it answers before the workflow ends.
      await condition(allHandlersFinished);
      return state;
    }
    const { stage, dueAt, round } = state;
    const moved = await condition(
      () => state.stage !== stage || state.round !== round || state.dueAt !== dueAt,
      Math.max(Date.parse(dueAt!) - Date.now(), 1),
    );
    if (!moved) await record(null, deadlinePassed(state));
  }
}
