import type { Stage } from '@kc/contracts';
import { taskCompleted, taskCreated } from '../task-events';
import { tasksForStage } from '../task-rows';
import { taskOrigin, type StageEventHandler, type StageStep } from './stage-step';

/** Opens the stage's task(s) with the step's deadline and announces them. */
export async function openStageTasks(
  s: StageStep,
  stage: Stage,
  whom: { council: string[]; assigneeId: string | null },
): Promise<void> {
  const rows = tasksForStage(stage, taskOrigin(s), { ...whom, dueAt: s.dueAt });
  await s.tools.tasks.insert(s.m, taskOrigin(s), rows);
  s.drafts.push(...rows.map((t) => taskCreated(s.identity, t)));
}

/** Closes open tasks (only `assigneeId`'s when given) and announces each as completed with the outcome. */
export async function closeTasks(s: StageStep, outcome: string, assigneeId?: string) {
  const closed = await s.tools.tasks.closeOpen(s.m, s.input.applicationId, { outcome, by: s.by, at: s.at, assigneeId });
  s.drafts.push(...closed.map((t) => taskCompleted(s.identity, t, outcome, s.by)));
  return closed;
}

/** A council member voted or stepped out: their own task is done. */
export const taskDone: StageEventHandler<'TaskDone'> = async (s, e) => {
  await closeTasks(s, e.outcome, e.assigneeId);
};

/** An operator handed the stage to someone else: the stage's task is closed and opened again for them. */
export const taskReassigned: StageEventHandler<'TaskReassigned'> = async (s, e) => {
  const closed = await closeTasks(s, 'REASSIGNED');
  await openStageTasks(s, (closed[0]?.stage ?? s.input.stage) as Stage, { council: [], assigneeId: e.assigneeId });
};
