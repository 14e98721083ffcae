import type { Stage } from '@kc/contracts';
import type { DomainRefusal } from '../refusals/domain-refusal';

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

/** What the programme's budget said to a leader's approval. */
export interface BudgetOutcome {
  reserved: boolean;
  year: number;
}

export type Verdict = { ok: true } | { ok: false; refusal: DomainRefusal };
