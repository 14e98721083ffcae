// What the operations API (apps/operations, through the gateway at /api/operations) answers and accepts,
// as the web app reads it and as the service builds it: one definition for both. Dates are ISO strings on the
// wire; a type whose rows the service reads from Postgres takes the instant's type as a parameter (`At`): the
// service fills `SlaRow<Date>` and JSON turns each Date into the ISO string of `SlaRow` (the default).
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
/** The public, page-ready on-time rate per unit (no dossier, no person), as the national portal publishes it. */
export interface PublicOnTime {
  period: string;
  units: { unitCode: string | null; toProcess: number; late: number; onTimeRate: number | null }[];
}
/** Processing time (working days, pauses excluded) of the cases decided in the period. */
export interface ProcessingTimeRow {
  key: string | null;
  decided: number;
  averageWorkingDays: number | null;
  p90WorkingDays: number | null;
}
export interface OnlineRow {
  key: string | null;
  /** Dossiers received in the period, and how many of them online. */
  received: number;
  submittedOnline: number;
  /** Percent with two decimals; null when nothing was received. */
  onlineRate: number | null;
  /**
   * Dossiers decided in the period, and how many answered online: a dossier submitted online gets its result
   * in the applicant's online dossier and inbox (the applications service shows every decision there).
   */
  decided: number;
  answeredOnline: number;
  answeredOnlineRate: number | null;
  /** Documents received as files by the dossiers received in the period (those whose count is known). */
  documentsDigitised: number;
  digitisedPerDossier: number | null;
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
export interface SlaRow<At = string> {
  caseId: string;
  code: string | null;
  programCode: string | null;
  unitCode: string | null;
  stage: string;
  holder: string | null;
  stageUnitCode: string | null;
  enteredAt: At;
  dueAt: At;
  atRiskAt: At | null;
  breached: boolean | null;
}
/** A page of an SLA list; `nextCursor` asks for the page after it (keyset), null on the last page. */
export interface SlaPage<At = string> extends TablePage<SlaRow<At>> {
  nextCursor: string | null;
}
/** A new-rural criteria appraisal of a year, where it stands, who holds it, by when. */
export interface RuralAppraisalRow<At = string> {
  appraisalId: string;
  commune: string;
  unitCode: string | null;
  level: string | null;
  targetYear: number | null;
  stage: string | null;
  holder: string | null;
  stageUnitCode: string | null;
  stageDueAt: At | null;
  breached: boolean;
  registeredAt: At | null;
  concludedAt: At | null;
  outcome: string | null;
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
export interface DlqQuery {
  group?: string;
  originalTopic?: string;
  eventType?: string;
  reasonContains?: string;
  status?: 'PARKED' | 'REDRIVEN' | 'DISCARDED';
}
export interface DlqRow<At = string> {
  id: string;
  dlqTopic: string;
  consumerGroup: string;
  originalTopic: string;
  eventId: string | null;
  eventType: string | null;
  messageKey: string | null;
  reason: string | null;
  failedAt: At | null;
  status: 'PARKED' | 'REDRIVEN' | 'DISCARDED';
  handledBy: string | null;
  handledReason: string | null;
  handledAt: At | null;
}
/** A parked message with what is needed to send it again: its value and Kafka headers as they arrived. */
export interface DlqMessage<At = string> extends DlqRow<At> {
  value: string | null;
  headers: Record<string, string | null>;
}
export interface DlqDetail<At = string> extends DlqMessage<At> {
  /** The value read as JSON (the event's envelope), or null when it is not JSON. */
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
export interface ConsumerLagPage extends TablePage<PartitionLag> {
  /** The lag of every listed partition summed (a bigint, as text). */
  totalLag: string;
}
export interface OutboxBacklogRow<At = string> {
  schema: string;
  unsent: number | null;
  oldestUnsentAt: At | null;
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
  /** The event the entry was recorded from (null for an operator's own intervention). */
  sourceEventId: string | null;
  prevHash: string | null;
  hash: string;
}
/** Where the audit log's hash chain breaks: the row, and whether its link or its own hash is wrong. */
export interface AuditChainBreak {
  seq: string;
  problem: 'prev_hash' | 'hash';
}
export interface AuditVerify {
  intact: boolean;
  rowsChecked: number;
  broken: AuditChainBreak | null;
}
