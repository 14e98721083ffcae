import { condition, setHandler } from '@temporalio/workflow';
import { ocopRefusals, refusal, requireAppraiser, requireCommuneReporter } from '@kc/domain/ocop';
import {
  closeCouncilUpdate,
  ocopStateQuery,
  recordCentralResultUpdate,
  reevaluationStartedSignal,
  submitCommuneReportUpdate,
} from './ocop-evaluation.definitions';
import { refusing } from '../refusal-failure';
import type { EvaluationRun } from './ocop-evaluation-run.types';

/**
 * What officers do on a round: the appraiser closes a sitting council early and records the national
 * council's answer, the commune writes its report (members' own steps are in `ocop-member-handlers`,
 * naming a council in `ocop-council-decisions`). Each is an Update whose validator is the council's
 * domain rules (`@kc/domain/ocop`): a refused action changes nothing.
 */
export function installCouncilHandlers(run: EvaluationRun): void {
  const { state, steps, input } = run;
  setHandler(ocopStateQuery, () => state);
  setHandler(
    closeCouncilUpdate,
    () => {
      run.sitting()!.status = 'CLOSED';
      return state;
    },
    {
      validator: ({ actor }) =>
        refusing(() => {
          requireAppraiser(actor);
          if (run.sitting()?.status !== 'OPEN') throw refusal(ocopRefusals.councilNotSitting);
        }),
    },
  );
  setHandler(
    submitCommuneReportUpdate,
    async ({ actor, summary }) => {
      state.communeReport = { by: actor.userId, summary };
      await steps.record(actor, { kind: 'COMMUNE_REPORTED', by: actor.userId, summary });
      return state;
    },
    {
      validator: ({ actor }) =>
        refusing(() => {
          if (state.stage !== 'COMMUNE_REPORT' || state.communeReport) throw refusal(ocopRefusals.notAwaitingReport);
          requireCommuneReporter(actor, input.unitCode);
        }),
    },
  );
  setHandler(
    recordCentralResultUpdate,
    async ({ stars, decisionRef }) => {
      state.centralResult = { stars, decisionRef };
      await condition(() => state.stage !== 'PROPOSED_TO_CENTRAL');
      return state;
    },
    {
      validator: ({ actor }) =>
        refusing(() => {
          requireAppraiser(actor);
          if (state.stage !== 'PROPOSED_TO_CENTRAL' || state.centralResult) throw refusal(ocopRefusals.notAtCentral);
        }),
    },
  );
  setHandler(reevaluationStartedSignal, (signal) => {
    run.renewal ??= signal;
  });
}
