// A batch intervention's progress: its items one by one, a page of them at a time, and its resumption.
import type { OperatorActionBody } from './interventions';
import type { WorkflowFilterQuery } from './workflows';

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
