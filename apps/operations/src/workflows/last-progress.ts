import type { Client } from '@temporalio/client';
import { timestampMs } from './stuck-check';

/**
 * The time of the workflow's last history event (its last progress) and the last failure written in its
 * recent history (an activity's final failure, a failed workflow task), read newest first.
 */
export async function lastProgress(
  client: Client,
  namespace: string,
  workflowId: string,
): Promise<{ at: number | null; failure: string | null }> {
  const res = await client.workflowService.getWorkflowExecutionHistoryReverse({
    namespace,
    execution: { workflowId },
    maximumPageSize: 20,
  });
  const events = res.history?.events ?? [];
  const failure = events
    .map(
      (e) =>
        e.activityTaskFailedEventAttributes?.failure?.message ?? e.workflowTaskFailedEventAttributes?.failure?.message,
    )
    .find((m) => m);
  return { at: timestampMs(events[0]?.eventTime), failure: failure ?? null };
}
