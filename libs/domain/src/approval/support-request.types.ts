import type { Stage } from '@kc/contracts';
import type { DomainRefusal } from '../refusals/domain-refusal';

/** Who acts on a dossier, as the appraisals API passes it from the verified token. */
export interface Actor {
  userId: string;
  roles: readonly string[];
  unitCode: string | null;
}

export type OfficerAction =
  | { type: 'ACCEPT' }
  | { type: 'REQUEST_SUPPLEMENT'; items: { documentCode: string; reasonVi: string }[] }
  | { type: 'REFUSE'; reason: string }
  | { type: 'RECOMMEND'; supports: boolean; note: string }
  | { type: 'RETURN_TO_LOCAL'; reason: string }
  | { type: 'PROPOSE_AMOUNT'; amountVnd: number; note?: string }
  | { type: 'DECLARE_CONFLICT'; hasConflict: boolean }
  | { type: 'VOTE'; approve: boolean; note?: string }
  | { type: 'APPROVE' }
  | { type: 'DECLINE'; reason: string }
  | { type: 'RECORD_ACCEPTANCE'; passed: boolean; note: string }
  | { type: 'RECORD_DISBURSEMENT'; amountVnd: number }
  // Operators, at any stage that has not ended:
  | { type: 'REASSIGN'; assigneeId: string; reason: string }
  | { type: 'EXTEND_DEADLINE'; workingDays: number; reason: string }
  | { type: 'CANCEL'; reason: string };

export interface CouncilMember {
  userId: string;
  /** undefined until declared; a member with a conflict may neither see nor vote. */
  conflict?: boolean;
  vote?: boolean;
}

/** What the workflow remembers between human steps (its Query returns this). */
export interface SupportRequestState {
  stage: Stage;
  /** Local unit (district before 1/7/2025, commune after) that handles RECEPTION and LOCAL_REVIEW. */
  localUnitCode: string;
  /** Ceiling from the rule pack, computed at submission; the Department may propose less, never more. */
  maxSupportVnd: number;
  appraiserId?: string;
  proposedAmountVnd?: number;
  council: CouncilMember[];
  /**
   * The appraiser seats (and may re-seat) the council at COUNCIL_REVIEW. Absent for dossiers started
   * before seating existed: they keep the council they were started with.
   */
  councilSeating?: 'BY_APPRAISER';
  /** Quorum as a fraction of the council (members with a conflict count as absent). */
  quorum: { numerator: number; denominator: number };
  awaitingSupplement: boolean;
  acceptedAmountVnd?: number;
  disbursedVnd: number;
  /** The one officer the current stage's task is assigned to after an operator's reassignment. */
  assigneeId?: string;
  /** Where the approved amount stands against the programme's yearly budget. */
  budget?: 'RESERVED' | 'WAITLISTED' | 'RELEASED';
  /** Budget year the approved amount is (or waits to be) taken from. */
  budgetYear?: number;
  /** Deadline of the current stage (ISO instant), absent when the stage has none or is paused. */
  dueAt?: string;
  /** The 75 % warning of the current stage's deadline was given. */
  slaWarned: boolean;
  /** The current stage's deadline passed: its task is overdue and escalated. */
  overdue: boolean;
  /** While a supplement is awaited: when the dossier expires, and how much stage time was left. */
  supplementDueAt?: string;
  pausedRemainingMs?: number;
}

/** What a decided step produces; the workflow turns each into an outbox event through an activity. */
export type StageEvent =
  | { type: 'StageChanged'; from: Stage; to: Stage; note: string | null }
  | { type: 'SupplementRequested'; items: { documentCode: string; reasonVi: string }[] }
  | { type: 'ApplicationRefused'; reason: string }
  | { type: 'ApplicationRejected'; reason: string }
  | { type: 'ApplicationApproved'; amountVnd: number }
  | { type: 'DisbursementRecorded'; amountVnd: number }
  | { type: 'ApplicationCompleted' }
  | { type: 'ApplicationCancelled'; reason: string }
  | { type: 'ApplicationExpired'; reason: string }
  /** One council member finished their part (voted, or declared a conflict and stepped out). */
  | { type: 'TaskDone'; assigneeId: string; outcome: string }
  /** The appraiser seated (or re-seated) the council: the seating task closes, the members' tasks open. */
  | { type: 'CouncilSeated'; memberIds: string[] }
  /**
   * The council could not reach its quorum and was dissolved where it sat: the members' tasks close and
   * the appraiser's seating task opens. Not a stage change: the stage's visit and its clock go on.
   */
  | { type: 'CouncilDissolved'; note: string }
  | { type: 'TaskReassigned'; assigneeId: string; reason: string }
  | { type: 'DeadlineExtended'; workingDays: number; reason: string }
  /** The stage's clock restarted after a supplement, with the time that was left. */
  | { type: 'DeadlineMoved'; dueAt: string }
  | { type: 'SlaWarning' }
  | { type: 'SlaBreached' }
  | { type: 'BudgetReserved'; amountVnd: number; year: number }
  | { type: 'BudgetWaitlisted'; amountVnd: number; year: number }
  | { type: 'BudgetReleased'; amountVnd: number; year: number; reason: string };

/** What the programme's budget said to a leader's approval. */
export interface BudgetOutcome {
  reserved: boolean;
  year: number;
}

export type Verdict = { ok: true } | { ok: false; refusal: DomainRefusal };
