// The operations API's workflow explorer: lists, one workflow's detail and history, and the stuck ones.
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
