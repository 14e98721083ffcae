// What the appraisals service (/api/appraisals) answers and accepts about the programmes' yearly budgets.
import type { ProgramCode } from '../events/application-events';

/** A programme's yearly budget: what approvals hold of it and how many wait for money. */
export interface ProgramBudget {
  programCode: ProgramCode;
  year: number;
  totalVnd: number;
  reservedVnd: number;
  availableVnd: number;
  waiting: number;
}

export interface BudgetList {
  items: ProgramBudget[];
}

/** A leader sets a budget, with the reason the ledger keeps. */
export interface SetBudgetRequest {
  totalVnd: number;
  reason: string;
}

/** The budget as set, and how many wait-listed approvals were told to try again. */
export type SetBudgetAnswer = ProgramBudget & { notified: number };
