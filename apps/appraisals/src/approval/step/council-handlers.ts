import type { Stage } from '@kc/contracts';
import type { StageEventHandler } from './stage-step';
import { closeTasks, openStageTasks } from './task-handlers';

/**
 * The appraiser seated the council: the seating task (or, on a re-seat, the replaced members' tasks)
 * closes, and each member gets their own task with the stage's deadline.
 */
export const councilSeated: StageEventHandler<'CouncilSeated'> = async (s, e) => {
  await closeTasks(s, 'COUNCIL_SEATED');
  await openStageTasks(s, s.input.stage as Stage, { council: e.memberIds, assigneeId: null });
};
