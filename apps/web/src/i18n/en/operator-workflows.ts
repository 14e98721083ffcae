// Operator: the workflow explorer and the stuck workflows. English, the same shape as ../vi/operator-
// workflows.ts (checked by the compiler).
import type { Shape } from '../shape';
import type { operatorWorkflowsVi } from '../vi/operator-workflows';

export const operatorWorkflowsEn: Shape<typeof operatorWorkflowsVi> = {
  workflows: {
    title: 'Workflows',
    subtitle: 'Find workflows by status, stage, unit, programme and deadline.',
    filters: 'Workflow filters',
    type: 'Workflow type',
    overdueOnly: 'Overdue workflows only',
    dueBefore: 'Due before',
    empty: 'No workflow matches the filters.',
    started: 'Started',
    openTemporal: 'Open in the Temporal UI',
    openTemporalOf: 'Open {id} in the Temporal UI (new tab)',
    history: 'History',
    hideHistory: 'Hide history',
    historyOf: 'History of {id}',
    historyEmpty: 'No history yet.',
    more: 'Next page',
    prev: 'Previous page',
    pageN: 'Page {page}',
    statuses: {
      Running: 'Running',
      Completed: 'Completed',
      Failed: 'Failed',
      Canceled: 'Cancelled',
      Terminated: 'Terminated',
      TimedOut: 'Timed out',
    },
  },
  stuck: {
    title: 'Stuck workflows',
    subtitle: 'Automated work retried many times, or no progress for longer than allowed.',
    minAttempts: 'Minimum attempts',
    idleHours: 'No progress for (hours)',
    scanned: '{count} running workflows looked at.',
    empty: 'No workflow is stuck.',
    cause: 'Cause',
    causes: {
      ACTIVITY_RETRYING: 'Automated work retrying',
      NO_PROGRESS: 'No progress',
      NO_PROGRESS_WORKING_HOURS: 'No progress for too many working hours',
    },
    activity: 'Activity',
    attempt: 'Attempt',
    lastFailure: 'Last failure',
  },
};
