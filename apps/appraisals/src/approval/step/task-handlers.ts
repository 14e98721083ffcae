import type { Stage } from '@kc/contracts';
import type { StageEventHandler } from './stage-step';
import { closeTasks, openStageTasks } from './stage-tasks';

/** A council member voted or stepped out: their own task is done. */
export const taskDone: StageEventHandler<'TaskDone'> = async (s, e) => {
  await closeTasks(s, e.outcome, e.assigneeId);
};

/** An operator handed the stage to someone else: the stage's task is closed and opened again for them. */
export const taskReassigned: StageEventHandler<'TaskReassigned'> = async (s, e) => {
  const closed = await closeTasks(s, 'REASSIGNED');
  await openStageTasks(s, (closed[0]?.stage ?? s.input.stage) as Stage, { council: [], assigneeId: e.assigneeId });
};
