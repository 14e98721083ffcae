// Leader: approvals waiting and the programme budgets. English, the same shape as ../vi/leader.ts (checked
// by the compiler).
import type { Shape } from '../shape';
import type { leaderVi } from '../vi/leader';

export const leaderEn: Shape<typeof leaderVi> = {
  leader: {
    budgetsOf: 'Budgets for {year} by programme',
    title: 'Approvals and overdue tasks',
    budgets: 'Budgets by programme',
    year: 'Year',
    total: 'Total',
    reserved: 'Reserved',
    available: 'Available',
    waiting: 'Waiting for budget',
    noBudgets: 'No budgets yet.',
    waitingApprovals: 'Dossiers awaiting approval',
    noApprovals: 'No dossier awaits approval.',
    escalated: 'Escalated overdue tasks',
    noEscalated: 'No overdue tasks.',
  },
  budget: {
    title: 'Set the {year} budget',
    program: 'Programme',
    choose: '— Choose a programme —',
    required: 'Choose a programme.',
    total: 'Total budget (VND)',
    totalHint: 'For example: 5.000.000.000',
    badAmount: 'Enter the amount in digits, for example 5.000.000.000.',
    reason: 'Reason for the change',
    reasonShort: 'A reason of at least 5 characters is required.',
    save: 'Save the budget',
    saved: 'Saved: total {total}, {available} left.',
  },
};
