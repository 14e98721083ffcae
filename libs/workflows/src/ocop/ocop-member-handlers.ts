import { setHandler } from '@temporalio/workflow';
import { checkSheet, everyoneDone, ocopRefusals, refusal, seatOf } from '@kc/domain/ocop';
import { declareConflictUpdate, submitScoreSheetUpdate } from './ocop-evaluation.definitions';
import { refusing } from '../refusal-failure';
import type { EvaluationRun } from './ocop-evaluation-run.types';

/**
 * What each member of the sitting council does, on their own seat only: declare conflicts of interest,
 * then hand in (or replace) a score sheet. The council closes itself when nothing more can come.
 */
export function installMemberHandlers(run: EvaluationRun): void {
  const { state, steps, template } = run;
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
}
