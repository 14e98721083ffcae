// The operations API's workflow explorer, stuck workflows and interventions, one by one or as a batch.
export interface WorkflowFilterQuery {
  stage?: string;
  unit?: string;
  program?: string;
  dossierCode?: string;
  type?: string;
  overdue?: 'true' | 'false';
  dueBefore?: string;
  status?: 'Running' | 'Completed' | 'Failed' | 'Canceled' | 'Terminated' | 'TimedOut';
}
export interface WorkflowSummary {
  workflowId: string;
  runId: string;
  type: string;
  status: string;
  startedAt: string;
  closedAt: string | null;
  dossierCode: string | null;
  program: string | null;
  stage: string | null;
  unit: string | null;
  dueAt: string | null;
  overdue: boolean | null;
  temporalUi: string;
}
export interface WorkflowPage {
  items: WorkflowSummary[];
  page: number;
  pageSize: number;
}
/** An activity a workflow waits on, with its attempts and last failure. */
export interface PendingActivity {
  activity: string | null;
  attempt: number;
  /** Temporal's PendingActivityState (1 scheduled, 2 started, 3 cancel requested...). */
  state: number | null;
  lastFailure: string | null;
  scheduledAt: string | null;
}
export interface WorkflowDetail extends WorkflowSummary {
  historyLength: number;
  pendingActivities: PendingActivity[];
  pendingChildWorkflows: number;
  workflowTaskPending: boolean;
}
export interface StuckWorkflowRow extends WorkflowSummary {
  /**
   * An activity retried at least `minAttempts` times, one pending longer than `idleHours`, or no new history
   * event for the working hours asked while machine work is outstanding.
   */
  cause: 'ACTIVITY_RETRYING' | 'NO_PROGRESS' | 'NO_PROGRESS_WORKING_HOURS';
  activity: string | null;
  attempt: number;
  lastFailure: string | null;
  lastProgressAt: string | null;
  workingHoursWithoutProgress: number | null;
  waitingOnPerson: boolean;
}
export interface StuckPage {
  items: StuckWorkflowRow[];
  /** Running workflows described to find them. */
  scanned: number;
  noProgressHours: number;
}
/** One line of a workflow's history, described in Vietnamese by the service. */
export interface WorkflowHistoryItem {
  eventId: string;
  at: string | null;
  text: string;
  kind: string;
}
export interface WorkflowTimeline {
  workflowId: string;
  items: WorkflowHistoryItem[];
}
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
