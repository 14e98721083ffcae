import type { Stage } from '@kc/contracts';
import { DEPARTMENT_UNIT, stageTask, unitOfStage } from '@kc/domain';

/** A task row as the inbox and the TaskCreated/TaskCompleted events show it. */
export interface TaskRow {
  task_id: string;
  stage: Stage;
  actions: string[];
  unit_code: string;
  role: string;
  assignee_id: string | null;
  due_at: Date | null;
}

interface TaskContext {
  applicationId: string;
  dossierCode: string;
  programCode: string;
  localUnitCode: string;
  /** Task ids are `<application>.<step sequence>.<n>` (URL-safe): a retried step makes the same ids. */
  sequence: number;
  at: Date;
}

/** The task(s) a stage opens, as the procedure table says: one per eligible council member, else one for the stage. */
export function tasksForStage(
  stage: Stage,
  c: TaskContext,
  extra: { council: string[]; assigneeId: string | null; dueAt: string | null },
): TaskRow[] {
  const task = stageTask(stage);
  if (!task) return [];
  const base = { stage, actions: task.actions, role: task.role, due_at: extra.dueAt ? new Date(extra.dueAt) : null };
  // No council sits yet (or it was dissolved without quorum): the appraiser's one task is to seat it.
  if (task.perMember && task.seating && extra.council.length === 0)
    return [
      {
        ...base,
        actions: [task.seating.action],
        role: task.seating.role,
        task_id: `${c.applicationId}.${c.sequence}.0`,
        unit_code: DEPARTMENT_UNIT,
        assignee_id: extra.assigneeId,
      },
    ];
  if (task.perMember) {
    return extra.council.map((userId, n) => ({
      ...base,
      task_id: `${c.applicationId}.${c.sequence}.${n}`,
      unit_code: DEPARTMENT_UNIT,
      assignee_id: userId,
    }));
  }
  return [
    {
      ...base,
      task_id: `${c.applicationId}.${c.sequence}.0`,
      unit_code: unitOfStage(stage, c.localUnitCode),
      assignee_id: extra.assigneeId,
    },
  ];
}
