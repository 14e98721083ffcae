// What the appraisals service (/api/appraisals) answers: the officers' task inbox and their actions.
// `Action` is the domain's OfficerAction['type'] and `State` its SupportRequestState (type parameters:
// contracts cannot import @kc/domain).
import type { ProgramCode } from '../events/application-events';
import type { Stage } from '../events/appraisals/stages';

/** A task of the officers' inbox. */
export interface AppraisalTask<Action extends string = string> {
  taskId: string;
  applicationId: string;
  dossierCode: string;
  programCode: ProgramCode;
  applicantName: string | null;
  stage: Stage;
  /** What this task lets its officer do; the action forms show only these. */
  actions: Action[];
  unitCode: string;
  role: string;
  assigneeId: string | null;
  claimedBy: string | null;
  claimedAt: string | null;
  status: 'OPEN' | 'DONE';
  outcome: string | null;
  dueAt: string | null;
  overdue: boolean;
  warnedAt: string | null;
  escalatedAt: string | null;
  createdAt: string;
  completedAt: string | null;
  completedBy: string | null;
}

/** The inbox's filters (query string of GET /tasks). */
export interface TaskFilters {
  dossierCode?: string;
  stage?: string;
  programCode?: string;
  status?: 'open' | 'claimed' | 'done';
  overdue?: boolean;
  dueBefore?: string;
  page?: number;
  pageSize?: number;
}

/** The appraisals service's copy of the dossier a task is about. */
export interface TaskDossierSummary {
  dossierCode: string;
  programCode: ProgramCode;
  rulePackId: string;
  applicantName: string | null;
  localUnitCode: string;
  eligibleCostVnd: number | null;
  proposedSupportVnd: number | null;
  submittedAt: string;
  expectedResultDate: string | null;
  stage: Stage;
}

/** One line of the approval workflow's history, in both languages. */
export interface ApprovalTimelineLine {
  at: string;
  stage: Stage | null;
  actorId: string | null;
  kind: string;
  textVi: string;
  textEn: string;
}

export interface TaskDetail<Action extends string = string> {
  task: AppraisalTask<Action>;
  dossier: TaskDossierSummary | null;
  timeline: ApprovalTimelineLine[];
  /** The dossier and its documents are the applications service's: officers read them there. */
  links: { dossier: string; documents: string };
}

export interface TaskActionResult<Action extends string = string, State = unknown> {
  taskId: string;
  action: Action;
  state: State;
}
