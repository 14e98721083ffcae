// What the operations API (apps/operations, through the gateway at /api/operations) answers and accepts,
// as the web app reads it: one definition for the service's callers. Dates are ISO strings on the wire.
export interface TablePage<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
export interface OnTimeRow {
  key: string | null;
  received: number;
  carriedOver: number;
  toProcess: number;
  closedOnTime: number;
  closedLate: number;
  openPastDue: number;
  late: number;
  onTimeRate: number | null;
}
export interface ThroughputRow {
  day: string;
  decided: number;
}
export interface AttributionRow {
  unitCode: string | null;
  closed: number;
  department: number | null;
  local: number | null;
  applicant: number | null;
  council: number | null;
  budgetWait: number | null;
}
export interface StarsRow {
  key: string | null;
  star1: number;
  star2: number;
  star3: number;
  star4: number;
  star5: number;
  total: number;
}
export interface BacklogRow {
  key: string | null;
  open: number;
  waitingOnApplicant: number;
  stagePastDue: number;
}
export interface SlaRow {
  caseId: string;
  code: string | null;
  programCode: string | null;
  unitCode: string | null;
  stage: string;
  holder: string | null;
  stageUnitCode: string | null;
  enteredAt: string;
  dueAt: string;
  atRiskAt: string | null;
  breached: boolean | null;
}
export interface OperationsCaseDetail {
  case: Record<string, unknown>;
  visits: Record<string, unknown>[];
}
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
export interface StuckWorkflow extends WorkflowSummary {
  cause: 'ACTIVITY_RETRYING' | 'NO_PROGRESS';
  activity: string | null;
  attempt: number;
  lastFailure: string | null;
}
/** One line of a workflow's history, described in Vietnamese by the service. */
export interface WorkflowHistoryItem {
  eventId: string;
  at: string | null;
  text: string;
  kind: string;
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
export interface BatchReport {
  jobId: string;
  action: OperatorActionBody;
  reason: string;
  status: 'RUNNING' | 'DONE';
  createdAt: string;
  finishedAt: string | null;
  counts: Partial<Record<'PENDING' | 'DONE' | 'FAILED', number>>;
  items: {
    workflowId: string;
    status: 'PENDING' | 'DONE' | 'FAILED';
    error: string | null;
    attemptedAt: string | null;
  }[];
  page: number;
  pageSize: number;
}
export interface DlqQuery {
  group?: string;
  originalTopic?: string;
  eventType?: string;
  reasonContains?: string;
  status?: 'PARKED' | 'REDRIVEN' | 'DISCARDED';
}
export interface DlqRow {
  id: string;
  dlqTopic: string;
  consumerGroup: string;
  originalTopic: string;
  eventId: string | null;
  eventType: string | null;
  messageKey: string | null;
  reason: string | null;
  failedAt: string | null;
  status: 'PARKED' | 'REDRIVEN' | 'DISCARDED';
  handledBy: string | null;
  handledReason: string | null;
  handledAt: string | null;
}
export interface DlqDetail extends DlqRow {
  value: string | null;
  headers: Record<string, string | null> | null;
  envelope: unknown;
}
export interface DlqActionBody {
  ids?: string[];
  filter?: Omit<DlqQuery, 'status'>;
  reason: string;
  dryRun: boolean;
}
export interface DlqOutcome {
  dryRun: boolean;
  matched: number;
  done: number;
}
export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  committed: string;
  end: string;
  lag: string;
}
export interface OutboxBacklogRow {
  schema: string;
  unsent: number | null;
  oldestUnsentAt: string | null;
}
export interface AuditQuery {
  caseId?: string;
  actorId?: string;
  action?: string;
}
export interface AuditRow {
  seq: string;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  caseId: string | null;
  caseCode: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}
export interface AuditVerify {
  intact: boolean;
  rowsChecked: number;
  broken: unknown;
}
