import { condition, setHandler } from '@temporalio/workflow';
import {
  checkSheet,
  everyoneDone,
  ocopRefusals,
  refusal,
  requireAppraiser,
  requireCommuneReporter,
  seatOf,
} from '@kc/domain/ocop';
import {
  closeCouncilUpdate,
  declareConflictUpdate,
  ocopStateQuery,
  recordCentralResultUpdate,
  reevaluationStartedSignal,
  submitCommuneReportUpdate,
  submitScoreSheetUpdate,
} from './ocop-evaluation.definitions';
import { refusing } from '../refusal-failure';
import type { EvaluationRun } from './ocop-evaluation.run';

/**
 * What people do on a round: council members declare conflicts and hand in sheets, the appraiser closes
 * councils and records the central answer, the commune writes its report (naming a council is in
 * `ocop-council-decisions`). Each is an Update whose validator is the council's domain rules
 * (`@kc/domain/ocop`): a refused action changes nothing.
 */
export function installCouncilHandlers(run: EvaluationRun): void {
  const { state, steps, template, input } = run;
  setHandler(ocopStateQuery, () => state);
  setHandler(
    declareConflictUpdate,
    async ({ actor, hasConflict, note }) => {
      const council = run.sitting()!;
      const seat = seatOf(council, actor);
      seat.conflict = hasConflict;
      if (everyoneDone(council)) council.status = 'CLOSED';
      await steps.record(actor, {
        kind: 'CONFLICT_DECLARED',
        level: council.level,
        memberId: actor.userId,
        hasConflict,
        note: note ?? null,
      });
      return state;
    },
    {
      validator: ({ actor }) =>
        refusing(() => {
          if (seatOf(run.sitting(), actor).conflict !== null) throw refusal(ocopRefusals.alreadyDeclared);
        }),
    },
  );
  setHandler(
    submitScoreSheetUpdate,
    async ({ actor, answers }) => {
      const council = run.sitting()!;
      const seat = seatOf(council, actor);
      const scored = checkSheet(template, seat, answers);
      seat.sheet = { points: scored.points, partTotals: scored.partTotals, total: scored.total };
      // Closing here, not in the main loop, so no replacement sheet can slip in after the last one.
      if (everyoneDone(council)) council.status = 'CLOSED';
      await steps.record(actor, {
        kind: 'SHEET_SUBMITTED',
        level: council.level,
        memberId: actor.userId,
        templateId: template.id,
        points: { ...scored.points },
        partTotals: { ...scored.partTotals },
        total: scored.total,
      });
      return state;
    },
    {
      validator: ({ actor, answers }) =>
        refusing(() => void checkSheet(template, seatOf(run.sitting(), actor), answers)),
    },
  );
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
