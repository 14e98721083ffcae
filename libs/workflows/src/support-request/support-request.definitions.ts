import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { SupportRequestMessages } from '@kc/contracts/temporal';
import type { Actor, BudgetOutcome, OfficerAction, StageEvent, SupportRequestState } from '@kc/domain/approval';

/**
 * `claimedBy`: the inbox's claim on the task the action completes, passed by the appraisals service (the only
 * client allowed to send Updates), so the validator refuses anyone else whichever route they used.
 */
export const officerActionUpdate = defineUpdate<
  SupportRequestState,
  [{ actor: Actor; action: OfficerAction; claimedBy?: string | null }]
>(SupportRequestMessages.officerAction);
export const supplementSubmittedSignal = defineSignal<[{ supplementRequestId: string; documentIds: string[] }]>(
  SupportRequestMessages.supplementSubmitted,
);
export const withdrawnSignal = defineSignal<[{ reason: string }]>(SupportRequestMessages.withdrawn);
export const stateQuery = defineQuery<SupportRequestState>(SupportRequestMessages.state);
/** The ledger funded a wait-listed dossier in its turn (or money was freed): it asks the ledger again. */
export const budgetFreedSignal = defineSignal<[]>(SupportRequestMessages.budgetFreed);

export interface SupportRequestInput {
  applicationId: string;
  dossierCode: string;
  programCode: string;
  /** The rule pack the dossier keeps for its whole life. */
  rulePackId: string;
  localUnitCode: string;
  /** The rule pack's support for the dossier, computed at submission: the ceiling for any proposal. */
  maxSupportVnd: number;
  /**
   * Council member user ids, for dossiers started before the appraiser seated councils (they keep these).
   * Dossiers started since start with none: the appraiser seats the council (`seatCouncilUpdate`).
   */
  council?: string[];
  quorum: { numerator: number; denominator: number };
}

/** One step of the workflow, as the step's activity records it. */
export interface StageStepInput {
  applicationId: string;
  dossierCode: string;
  programCode: string;
  sequence: number;
  /** The stage after the step, e.g. where a supplement was requested. */
  stage: string;
  rulePackId: string;
  localUnitCode: string;
  actor: Actor | null;
  /** What caused the step (an officer's action type, or SUPPLEMENT_RECEIVED, WITHDRAWN, SLA_BREACH, …). */
  cause: string;
  events: StageEvent[];
  /** Workflow time of the step (ISO): event times and deadlines count from it, so time skipping holds. */
  occurredAt: string;
  /** Council members who may still act (no conflict declared): one task each at COUNCIL_REVIEW. */
  council: string[];
  /** Current deadline, which an extension counts from. */
  dueAt: string | null;
}

/** What the step's activity worked out with the calendar and the budget ledger. */
export interface StageStepResult {
  /** The stage's new deadline: absent = unchanged, null = the stage has none. */
  dueAt?: string | null;
  /** Last moment for the applicant's supplement. */
  supplementDueAt?: string;
  /**
   * Waiting dossiers the budget ledger has just funded with the money this step freed, in order of
   * approval (steps recorded before the ledger decided the order: every dossier then waiting).
   */
  waitlisted: string[];
}

/** Activities the workflow calls; the appraisals service implements them (imported here as a type only). */
export interface SupportRequestActivities {
  /**
   * Records one step, idempotently (keyed by workflow, sequence): its events in the appraisals outbox,
   * the inbox's task rows and timeline, deadlines counted in working days, budget released.
   */
  publishStageEvents(input: StageStepInput): Promise<StageStepResult>;
  /** Takes the approved amount from the programme's yearly budget, or puts the dossier on its wait-list. */
  reserveBudget(input: {
    applicationId: string;
    dossierCode: string;
    programCode: string;
    year: number;
    amountVnd: number;
  }): Promise<BudgetOutcome>;
}
