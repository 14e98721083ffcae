import type { Stage } from '@kc/contracts';
import type { Role } from '../reference/roles';
import type { Versioned } from '../versioning/in-force';
import type { OfficerAction } from './officer-action';

/** Whose unit acts: the dossier's local unit (district, commune after 1/7/2025), the Department, or any. */
export type ApprovalUnit = 'LOCAL' | 'DEPARTMENT' | 'ANY';

/** Text fields an action must carry with content (at least 5 characters; each supplement item's reason). */
export type ReasonField = 'reason' | 'note' | 'items';

export type OperatorActionType = 'REASSIGN' | 'EXTEND_DEADLINE' | 'CANCEL';
export type StageActionType = Exclude<OfficerAction['type'], OperatorActionType>;

/** Where an action leads: null = the dossier stays; a list = the stages it passes through, last one kept. */
export type Path = Stage | readonly Stage[] | null;

/**
 * One row of the procedure table: who may act (roles, in which unit), where the action leads, and the
 * reason fields it needs. When what happens decides the way on (the council's vote, the budget's answer,
 * the inspection), `to` names one path per outcome.
 */
export interface ApprovalTransition {
  roles: readonly Role[];
  unit: ApprovalUnit;
  to: Path | Readonly<Record<string, Path>>;
  needs: readonly ReasonField[];
}

export interface ApprovalStageSpec {
  /**
   * The task the stage opens in the inbox (null: nobody has to act). `perMember`: one task for each
   * council member who may still act, instead of one for the stage.
   */
  task: { role: Role; unit: Exclude<ApprovalUnit, 'ANY'>; perMember?: boolean; seating?: CouncilSeatingTask } | null;
  actions: Partial<Record<StageActionType, ApprovalTransition>>;
}

/**
 * Who seats the members of a per-member stage: while no council sits, the stage's one task is theirs
 * (action SEAT_COUNCIL), and seating opens the members' tasks.
 */
export interface CouncilSeatingTask {
  role: Role;
  action: 'SEAT_COUNCIL';
}

export interface ApprovalProcedure extends Versioned {
  legalBasis: string;
  stages: Readonly<Record<Stage, ApprovalStageSpec>>;
  /** Operators' actions, possible at every stage that has not ended. */
  anyOpenStage: Readonly<Record<OperatorActionType, ApprovalTransition>>;
  /** Where a dossier ends when the applicant does something (withdraws) or lets time run out. */
  ends: { withdrawn: Stage; supplementExpired: Stage };
  /** Stages in the order a dossier takes them to a decision; the Form 04 date adds up what is left. */
  toDecision: readonly Stage[];
  /** Stages a dossier does not leave. */
  endStages: readonly Stage[];
}
