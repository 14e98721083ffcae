// The operations API's interventions on workflows, one by one or as a batch (dry run first, resumable).
import type { WorkflowFilterQuery } from './workflows';

export type OperatorActionBody =
  { type: 'EXTEND_DEADLINE'; workingDays: number } | { type: 'REASSIGN'; assigneeId: string } | { type: 'CANCEL' };
export interface BatchBody {
  filter?: WorkflowFilterQuery;
  workflowIds?: string[];
  action: OperatorActionBody;
  reason: string;
  dryRun: boolean;
}
export interface BatchDryRun {
  dryRun: true;
  matched: number;
  sample: string[];
}
export interface BatchStarted {
  dryRun: false;
  jobId: string;
}
/** One intervention done: the workflow's state after it, as the workflow answers. */
export interface InterventionDone {
  workflowId: string;
  action: OperatorActionBody['type'];
  state: unknown;
}
