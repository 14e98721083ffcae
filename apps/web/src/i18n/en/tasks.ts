// Officer: the task inbox and a task's page. English, the same shape as ../vi/tasks.ts (checked by the
// compiler).
import type { Shape } from '../shape';
import type { tasksVi } from '../vi/tasks';

export const tasksEn: Shape<typeof tasksVi> = {
  tasks: {
    dossierCode: 'Dossier code',
    search: 'Search',
    title: 'My tasks',
    counts: 'Summary',
    dueSoon: 'due soon ({days} days)',
    overdue: 'Overdue',
    mine: 'claimed by me',
    filters: 'Filters',
    stage: 'Step',
    program: 'Programme',
    status: 'Status',
    all: 'All',
    statusOpen: 'Unclaimed',
    statusClaimed: 'Claimed',
    statusDone: 'Done',
    onlyOverdue: 'Overdue tasks only',
    empty: 'No tasks.',
    emptyText: 'New tasks appear here when a dossier reaches your step.',
    claim: 'Claim',
    unclaim: 'Release',
    claimedByMe: 'Claimed by me',
    claimedByOther: 'Claimed by another officer',
  },
  task: {
    summary: 'Dossier summary',
    applicant: 'Applicant',
    actions: 'Actions',
    history: 'History',
    noActions: 'You have no action left on this task.',
    doneAt: 'Done on {date}.',
    escalated: 'This overdue task has been escalated to the leader.',
    awaitingSupplement: 'The dossier waits for the applicant’s supplement; actions are refused until it arrives.',
  },
};
