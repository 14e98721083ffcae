import type { Stage } from '@kc/contracts';
import type { StageEventHandler } from './stage-step';
import { closeTasks, openStageTasks } from './stage-tasks';

/**
 * The appraiser seated the council: the seating task (or, on a re-seat, the replaced members' tasks)
 * closes, and each member gets their own task with the stage's deadline.
 */
export const councilSeated: StageEventHandler<'CouncilSeated'> = async (s, e) => {
  await closeTasks(s, 'COUNCIL_SEATED');
  await openStageTasks(s, s.input.stage as Stage, { council: e.memberIds, assigneeId: null });
};

/**
 * The council lost its quorum and was dissolved where it sat. Not a stage change: no StageChanged, so the
 * read models keep the stage's visit. The members' open tasks close, and the appraiser's seating task
 * opens with the stage's deadline as it stands, escalated at once if that has passed.
 */
export const councilDissolved: StageEventHandler<'CouncilDissolved'> = async (s) => {
  await closeTasks(s, 'COUNCIL_DISSOLVED');
  await openStageTasks(s, s.input.stage as Stage, { council: [], assigneeId: null });
  if (s.dueAt && Date.parse(s.dueAt) <= s.at.getTime())
    await s.tools.tasks.markOpen(s.m, s.input.applicationId, 'ESCALATED', s.at);
};
