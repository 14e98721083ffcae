// Operator: batch interventions with their dry run. English, the same shape as ../vi/operator-batch.ts
// (checked by the compiler).
import type { Shape } from '../shape';
import type { operatorBatchVi } from '../vi/operator-batch';

export const operatorBatchEn: Shape<typeof operatorBatchVi> = {
  batch: {
    title: 'Batch interventions',
    subtitle: 'Select workflows with a filter, count them with a dry run, then run; each workflow gets its own result.',
    selection: '1. Select workflows',
    action: '2. Action',
    actionType: 'Action',
    actions: { EXTEND_DEADLINE: 'Extend the deadline', REASSIGN: 'Reassign', CANCEL: 'Cancel the dossier' },
    workingDays: 'Working days to add',
    assignee: 'New assignee (id)',
    workflowIds: 'Or a list of workflow ids (one per line)',
    needSelection: 'Choose at least one filter or one workflow id.',
    dryRunResult: 'Dry run: {count} running workflows match.',
    dryRunNone: 'Dry run: no running workflow matches. Nothing to run.',
    sample: 'Some of the workflows it would act on',
    run: 'Run for {count} workflows',
    confirm: 'Run this action for {count} workflows?',
    mustDryRun: 'Do a dry run before running.',
    job: 'Batch {id}',
    progress: 'Progress: {done}/{total} items handled',
    jobRunning: 'Running…',
    jobDone: 'Done.',
    resume: 'Resume the batch',
    itemStatuses: { PENDING: 'Pending', DONE: 'Done', FAILED: 'Refused' },
    itemError: 'Details',
    onlyOperators: 'Only operators may intervene in workflows.',
  },
};
