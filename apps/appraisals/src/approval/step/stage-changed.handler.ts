import { isFinalStage, unitOfStage } from '@kc/domain';
import { dossierEvent } from '../stage-event-mapping';
import type { Stage } from '@kc/contracts';
import type { StageEventHandler, StageStep } from './stage-step';
import { closeTasks, openStageTasks } from './stage-tasks';

/**
 * The dossier moved on: the last stage's tasks close, the new stage's open with its working-day deadline,
 * and a dossier that ended leaves the budget wait-list (the dossiers behind it may then be funded).
 */
export const stageChanged: StageEventHandler<'StageChanged'> = async (s, e) => {
  const { m, input, at, tools } = s;
  await closeTasks(s, input.cause);
  s.dueAt = tools.deadlines.stageDue(s.pack, e.to, at);
  s.result.dueAt = s.dueAt;
  s.drafts.push(
    dossierEvent('StageChanged', s.identity, {
      from: e.from === e.to ? null : e.from,
      to: e.to,
      unitCode: isFinalStage(e.to) ? null : unitOfStage(e.to, input.localUnitCode),
      dueAt: s.dueAt,
      note: e.note,
      changedAt: at.toISOString(),
    }),
  );
  await openStageTasks(s, e.to, { council: input.council, assigneeId: null });
  await m.query(`UPDATE appraisals.dossiers SET stage = $2, updated_at = $3 WHERE application_id = $1`, [
    input.applicationId,
    e.to,
    at,
  ]);
  if (leavesTheLedger(s, e.to)) s.result.waitlisted.push(...(await tools.budgets.leave(m, input.applicationId)));
};

/**
 * A dossier that ends otherwise than COMPLETED, with no release of its own in the step (it held no
 * reservation the workflow knew of), leaves the budget ledger: its place on the wait-list, or a grant
 * its workflow had not yet taken. The dossiers behind it may then be funded.
 */
const leavesTheLedger = (s: StageStep, to: Stage) =>
  isFinalStage(to) && to !== 'COMPLETED' && !s.input.events.some((e) => e.type === 'BudgetReleased');
