// The operations service's routes the operator pages call (through the gateway), typed with ./operations-types.
// A file of its own like every service's routes, so the operator pages' code stays in their lazily loaded chunks.
import { api } from './client';
import { saveBlob } from './save-blob';
import type * as O from '@kc/contracts';
import type { LevelProgress } from '@kc/domain/rural-criteria';

const P = '/api/operations';
const enc = encodeURIComponent;
type QueryValue = string | number | boolean | undefined;
export const qs = (q: Record<string, QueryValue>) =>
  new URLSearchParams(
    Object.entries(q)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();

export const Operations = {
  onTime: (period: string, by: 'unit' | 'stage' | 'programme') =>
    api<O.TablePage<O.OnTimeRow>>(`${P}/indicators/on-time?${qs({ period, by, pageSize: 100 })}`),
  throughput: (period: string) =>
    api<O.TablePage<O.ThroughputRow>>(`${P}/indicators/throughput?${qs({ period, pageSize: 100 })}`),
  attribution: (period: string) =>
    api<O.TablePage<O.AttributionRow>>(`${P}/indicators/attribution?${qs({ period, pageSize: 100 })}`),
  ruralTargets: (year: number) =>
    api<O.TablePage<LevelProgress> & { year: number; legalBasis: string | null }>(
      `${P}/rural/targets?${qs({ year, pageSize: 100 })}`,
    ),
  stars: () => api<O.TablePage<O.StarsRow>>(`${P}/indicators/ocop-stars?${qs({ by: 'unit', pageSize: 100 })}`),
  backlog: (by: 'unit' | 'stage') =>
    api<O.TablePage<O.BacklogRow>>(`${P}/indicators/backlog?${qs({ by, pageSize: 100 })}`),
  slaList: (which: 'at-risk' | 'overdue', page: number) =>
    api<O.TablePage<O.SlaRow>>(`${P}/cases/${which}?${qs({ page, pageSize: 10 })}`),
  oneCase: (idOrCode: string) => api<O.OperationsCaseDetail>(`${P}/cases/${enc(idOrCode)}`),
  workflows: (filter: O.WorkflowFilterQuery, page: number) =>
    api<O.WorkflowPage>(`${P}/workflows?${qs({ ...filter, page, pageSize: 20 })}`),
  stuck: (filter: O.WorkflowFilterQuery & { minAttempts?: number; idleHours?: number }) =>
    api<O.StuckPage>(`${P}/workflows/stuck?${qs({ ...filter })}`),
  history: (workflowId: string) =>
    api<{ workflowId: string; items: O.WorkflowHistoryItem[] }>(`${P}/workflows/${enc(workflowId)}/history`),
  batch: (body: O.BatchBody) =>
    api<O.BatchDryRun | O.BatchStarted>(`${P}/interventions/batches`, { method: 'POST', body }),
  batchReport: (jobId: string, page: number) =>
    api<O.BatchReport>(`${P}/interventions/batches/${enc(jobId)}?${qs({ page, pageSize: 50 })}`),
  resumeBatch: (jobId: string) => api<unknown>(`${P}/interventions/batches/${enc(jobId)}/resume`, { method: 'POST' }),
  dlq: (filter: O.DlqQuery, page: number) =>
    api<O.TablePage<O.DlqRow>>(`${P}/dlq?${qs({ ...filter, page, pageSize: 20 })}`),
  dlqOne: (id: string) => api<O.DlqDetail>(`${P}/dlq/${enc(id)}`),
  dlqAct: (verb: 'redrive' | 'discard', body: O.DlqActionBody) =>
    api<O.DlqOutcome>(`${P}/dlq/${verb}`, { method: 'POST', body }),
  lag: () => api<O.TablePage<O.PartitionLag> & { totalLag: string }>(`${P}/kafka/lag?pageSize=100`),
  outboxBacklog: () => api<O.TablePage<O.OutboxBacklogRow>>(`${P}/kafka/outbox-backlog?pageSize=100`),
  audit: (filter: O.AuditQuery, page: number) =>
    api<O.TablePage<O.AuditRow>>(`${P}/audit?${qs({ ...filter, page, pageSize: 20 })}`),
  verifyAudit: () => api<O.AuditVerify>(`${P}/audit/verify`),
};

/** Downloads a table of the operations API as CSV or Excel (with the Bearer token, hence not a plain link). */
export async function downloadTable(path: string, query: Record<string, QueryValue>, format: 'csv' | 'xlsx') {
  const blob = await api<Blob>(`${P}/${path}?${qs({ ...query, format })}`, { as: 'blob' });
  saveBlob(blob, `${path.replace(/\//g, '-')}.${format}`);
}
