import { isFinalStage, unitOfStage } from '@kc/domain';
import { dossierEvent } from '../stage-event-mapping';
import type { StageEventHandler } from './stage-step';
import { closeTasks, openStageTasks } from './task-handlers';

/**
 * The dossier moved on: the last stage's tasks close, the new stage's open with its working-day deadline,
 * and a dossier that ended leaves the budget wait-list.
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
  if (isFinalStage(e.to)) await tools.budgets.dropWaiting(m, input.applicationId);
};
