import type { Stage } from '@kc/contracts';
import { taskCompleted, taskCreated } from '../task-events';
import { tasksForStage } from '../task-rows';
import { taskOrigin, type StageStep } from './stage-step';

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
