import type { TaskCompletedV1, TaskCreatedV1 } from '@kc/contracts';
import type { EventDraft } from '@kc/messaging';
import { dossierEvent, type OwnFields, type StepIdentity } from './stage-event-mapping';
import type { TaskRow } from './task-rows';

/** Who a task is for, as its events and the SLA notices name it. */
export const addresseeOf = (t: TaskRow) => ({ unitCode: t.unit_code, role: t.role, assigneeId: t.assignee_id });

export function taskCreated(s: StepIdentity, t: TaskRow): EventDraft {
  const fields: OwnFields<'TaskCreated'> = {
    taskId: t.task_id,
    stage: t.stage,
    actions: t.actions,
    addressee: addresseeOf(t),
    dueAt: t.due_at ? new Date(t.due_at).toISOString() : null,
    createdAt: s.at.toISOString(),
  } satisfies Omit<TaskCreatedV1, 'applicationId' | 'dossierCode'>;
  return dossierEvent('TaskCreated', s, fields);
}

export function taskCompleted(s: StepIdentity, t: TaskRow, outcome: string, by: string | null): EventDraft {
  const fields: OwnFields<'TaskCompleted'> = {
    taskId: t.task_id,
    stage: t.stage,
    outcome,
    completedBy: by,
    completedAt: s.at.toISOString(),
  } satisfies Omit<TaskCompletedV1, 'applicationId' | 'dossierCode'>;
  return dossierEvent('TaskCompleted', s, fields);
}
