import type { Role } from '../reference/roles';
import type { Versioned } from '../versioning/in-force';
import type { Unverified } from './criteria.types';
import type { RuralActionType } from './rural-actions';
import type { RuralStage } from './rural-stages';
import type { Transition, UnitScope } from './transition.types';

export interface StageSpec {
  /** The task the stage opens in the inbox (null: nobody has to act; the stage may still take actions). */
  task: { role: Role; unit: UnitScope } | null;
  actions: Partial<Record<RuralActionType, Transition>>;
}

export interface RuralProcedure extends Versioned {
  legalBasis: string;
  /** Registrations on or after this version's date go through these stages. */
  stages: Readonly<Record<RuralStage, StageSpec>>;
  /** Actions possible at any stage that has a task (operators and the leader cancelling). */
  anyOpenStage: Partial<Record<RuralActionType, Transition>>;
  start: RuralStage;
  outcomes: { DAT: RuralStage; KHONG_DAT: RuralStage };
  /** Working-day limits: not retrieved for NTM appraisal (domain.md §5), so configurable and unverified. */
  deadlines: {
    stageWorkingDays: Partial<Record<RuralStage, number>>;
    verification: Unverified;
  };
  /** Where a stage goes when its deadline passes with nobody acting (a supplement not sent in time). */
  onDeadline: Partial<Record<RuralStage, RuralStage>>;
  /** Any other stage past its deadline is overdue: its task is escalated to this role of the same unit. */
  escalation: Record<Exclude<UnitScope, 'ANY'>, Role>;
}
