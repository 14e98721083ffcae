import type { Stage } from '@kc/contracts';

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
