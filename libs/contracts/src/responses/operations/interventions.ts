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
export interface BatchItem<At = string> {
  workflowId: string;
  status: 'PENDING' | 'DONE' | 'FAILED';
  error: string | null;
  attemptedAt: At | null;
}
/** A batch and one page of its items; `selection` is what it was asked for (a filter or workflow ids). */
export interface BatchReport<At = string> {
  jobId: string;
  action: OperatorActionBody;
  reason: string;
  selection: { filter?: WorkflowFilterQuery; workflowIds?: string[] };
  status: 'RUNNING' | 'DONE';
  createdAt: At;
  finishedAt: At | null;
  counts: Partial<Record<'PENDING' | 'DONE' | 'FAILED', number>>;
  items: BatchItem<At>[];
  page: number;
  pageSize: number;
}
export interface BatchResumed {
  jobId: string;
  resumed: true;
}
