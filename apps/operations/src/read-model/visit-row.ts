import type { HolderParty } from './stage-holders';

/** One stage visit: from entering a stage to leaving it, with the time no officer could act. */
export interface VisitRow {
  seq: number;
  stage: string;
  holder: HolderParty;
  unitCode: string | null;
  enteredAt: string;
  leftAt: string | null;
  /** The stage's deadline as the workflow set it on entry. */
  dueAt: string | null;
  /** The deadline moved by the time spent waiting on the applicant (the clock pauses, domain.md §5). */
  effectiveDueAt: string | null;
  /** 75 % of the stage's time has passed from here (pauses excluded). */
  atRiskAt: string | null;
  pausedSince: string | null;
  pausedMs: number;
  /** Working days: the whole visit, waiting on the applicant, waiting on budget, and the holder's own. */
  workingDays: number | null;
  pausedDays: number;
  budgetWaitDays: number;
  holderDays: number | null;
  late: boolean | null;
  breached: boolean;
}
