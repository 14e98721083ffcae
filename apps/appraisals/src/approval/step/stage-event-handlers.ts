import type { StageEvent } from '@kc/domain';
import { councilDissolved, councilSeated } from './council-handlers';
import { budgetReserved, budgetWaitlisted } from './budget-handlers';
import { budgetReleased } from './budget-release.handler';
import { deadlineExtended, deadlineMoved } from './deadline-handlers';
import { supplementRequested } from './supplement-handlers';
import { amountDecided, applicationCompleted, endedWithReason } from './decision-handlers';
import { slaBreached } from './sla-breach.handler';
import { slaWarning } from './sla-warning.handler';
import { stageChanged } from './stage-changed.handler';
import type { StageEventHandler } from './stage-step';
import { taskDone, taskReassigned } from './task-handlers';

/** One small handler per event kind of an approval step; a new kind does not compile until it has one. */
export const stageEventHandlers: { [K in StageEvent['type']]: StageEventHandler<K> } = {
  StageChanged: stageChanged,
  TaskDone: taskDone,
  TaskReassigned: taskReassigned,
  CouncilSeated: councilSeated,
  CouncilDissolved: councilDissolved,
  SupplementRequested: supplementRequested,
  DeadlineExtended: deadlineExtended,
  DeadlineMoved: deadlineMoved,
  SlaWarning: slaWarning,
  SlaBreached: slaBreached,
  BudgetReserved: budgetReserved,
  BudgetWaitlisted: budgetWaitlisted,
  BudgetReleased: budgetReleased,
  ApplicationRefused: endedWithReason,
  ApplicationRejected: endedWithReason,
  ApplicationCancelled: endedWithReason,
  ApplicationExpired: endedWithReason,
  ApplicationApproved: amountDecided,
  DisbursementRecorded: amountDecided,
  ApplicationCompleted: applicationCompleted,
};
