import { z } from 'zod';
import { bilingual } from '@kc/platform';

const keyword = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.:/-]{1,80}$/, bilingual('Giá trị lọc không hợp lệ.', 'Not a valid filter value.'));

/** Filters of the workflow list, each mapped onto a Temporal visibility clause (values are checked above). */
export const workflowFilterShape = {
  stage: keyword.optional(),
  unit: keyword.optional(),
  program: keyword.optional(),
  dossierCode: keyword.optional(),
  type: keyword.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  dueBefore: z.iso.datetime({ offset: true }).optional(),
  status: z.enum(['Running', 'Completed', 'Failed', 'Canceled', 'Terminated', 'TimedOut']).optional(),
};
export type WorkflowFilter = { [K in keyof typeof workflowFilterShape]?: string };

const clauses: Readonly<Record<keyof WorkflowFilter, (v: string) => string>> = {
  stage: (v) => `KcStage = '${v}'`,
  unit: (v) => `KcUnit = '${v}'`,
  program: (v) => `KcProgram = '${v}'`,
  dossierCode: (v) => `KcDossierCode = '${v}'`,
  type: (v) => `WorkflowType = '${v}'`,
  overdue: (v) => `KcOverdue = ${v}`,
  dueBefore: (v) => `KcDueAt < '${new Date(v).toISOString()}'`,
  status: (v) => `ExecutionStatus = '${v}'`,
};

/** The visibility query for a filter (values already validated: no quotes can reach it). */
export function visibilityQuery(filter: WorkflowFilter): string {
  return (Object.keys(clauses) as (keyof WorkflowFilter)[])
    .filter((k) => filter[k] !== undefined)
    .map((k) => clauses[k](filter[k]!))
    .join(' AND ');
}

/** Where an operator opens a workflow in the Temporal UI. */
export function temporalUiLink(base: string, namespace: string, workflowId: string, runId?: string): string {
  const run = runId ? `/${runId}` : '';
  return `${base.replace(/\/$/, '')}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}${run}/history`;
}
