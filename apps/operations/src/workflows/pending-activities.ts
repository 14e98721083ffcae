import type { WorkflowExecutionDescription } from '@temporalio/client';
import type { WorkflowDetail } from '@kc/contracts';

/** The activities a workflow waits on, as Temporal describes them: attempts, state, last failure, schedule. */
export function pendingActivities(raw: WorkflowExecutionDescription['raw']): WorkflowDetail['pendingActivities'] {
  return (raw.pendingActivities ?? []).map((a) => ({
    activity: a.activityType?.name ?? null,
    attempt: a.attempt ?? 0,
    state: a.state ?? null,
    lastFailure: a.lastFailure?.message ?? null,
    scheduledAt: a.scheduledTime?.seconds ? new Date(Number(a.scheduledTime.seconds) * 1000).toISOString() : null,
  }));
}
