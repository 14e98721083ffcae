import type { WorkflowExecutionInfo } from '@temporalio/client';
import type { WorkflowSummary } from '@kc/contracts';
import type { ExplorerConfig } from './explorer-config';
import { temporalUiLink } from './visibility-query';

/** A workflow as the explorer lists it: its identity, status and the `Kc*` search attributes it set. */
export function workflowSummary(info: Omit<WorkflowExecutionInfo, 'raw'>, config: ExplorerConfig): WorkflowSummary {
  const sa = info.typedSearchAttributes;
  const get = (name: string) => sa?.getAll().find((p) => p.key.name === name)?.value ?? null;
  // The Kc* attributes' declared kinds (contracts' temporal.ts): Keyword, Datetime (ISO on the wire), Bool.
  const text = (name: string) => {
    const v = get(name);
    return typeof v === 'string' ? v : null;
  };
  const instant = (name: string) => {
    const v = get(name);
    return v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : null;
  };
  const flag = (name: string) => {
    const v = get(name);
    return typeof v === 'boolean' ? v : null;
  };
  return {
    workflowId: info.workflowId,
    runId: info.runId,
    type: info.type,
    status: info.status.name,
    startedAt: info.startTime.toISOString(),
    closedAt: info.closeTime?.toISOString() ?? null,
    dossierCode: text('KcDossierCode'),
    program: text('KcProgram'),
    stage: text('KcStage'),
    unit: text('KcUnit'),
    dueAt: instant('KcDueAt'),
    overdue: flag('KcOverdue'),
    temporalUi: temporalUiLink(config.TEMPORAL_UI_URL, config.TEMPORAL_NAMESPACE, info.workflowId, info.runId),
  };
}
