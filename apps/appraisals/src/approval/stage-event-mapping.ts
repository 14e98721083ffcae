import type { EventActor, EventPayload, EventType, TaskCompletedV1, TaskCreatedV1 } from '@kc/contracts';
import type { EventDraft } from '@kc/messaging';
import type { TaskRow } from './task-rows';

/** What every event of one workflow step shares. */
export interface StepIdentity {
  applicationId: string;
  dossierCode: string;
  at: Date;
  actor: EventActor;
  correlationId: string;
}

type OwnFields<T extends EventType> = Omit<EventPayload<T>, 'applicationId' | 'dossierCode'>;

/** A contracts event about the step's dossier, ready for the outbox (the writer validates the payload). */
export function dossierEvent<T extends EventType>(type: T, s: StepIdentity, fields: OwnFields<T>): EventDraft {
  return {
    type,
    aggregateId: s.applicationId,
    actor: s.actor,
    occurredAt: s.at,
    correlationId: s.correlationId,
    payload: { applicationId: s.applicationId, dossierCode: s.dossierCode, ...fields } as EventPayload<T>,
  };
}

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
