import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import type { BatchBody, BatchDryRun, OperatorActionBody, WorkflowFilterQuery } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../format';
import { PageHeader } from '../../ui/bits';
import { Alert, ErrorState, QueryView } from '../../ui/states';
import { DataTable, OpsNav } from './ops-ui';
import { WorkflowFilterForm } from './workflow-filters';

type ActionType = OperatorActionBody['type'];
const ACTION_TYPES: ActionType[] = ['EXTEND_DEADLINE', 'REASSIGN', 'CANCEL'];

/**
 * Batch interventions: the selection is counted first (a dry run, which the service does by default), and only
 * what was counted runs; the batch then reports each workflow's result as it goes.
 */
export default function BatchPage() {
  const { t } = useI18n();
  const [type, setType] = useState<ActionType>('EXTEND_DEADLINE');
  const [workingDays, setWorkingDays] = useState('3');
  const [assigneeId, setAssigneeId] = useState('');
  const [reason, setReason] = useState('');
  const [idsText, setIdsText] = useState('');
  const [counted, setCounted] = useState<{ body: BatchBody; result: BatchDryRun } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const changed = () => setCounted(null);

  const action = (): OperatorActionBody =>
    type === 'EXTEND_DEADLINE'
      ? { type, workingDays: Number(workingDays) }
      : type === 'REASSIGN'
        ? { type, assigneeId: assigneeId.trim() }
        : { type };

  const dryRun = useMutation({
    mutationFn: (body: BatchBody) => Operations.batch(body),
    onSuccess: (result, body) => result.dryRun && setCounted({ body, result }),
  });
  const run = useMutation({
    mutationFn: (body: BatchBody) => Operations.batch({ ...body, dryRun: false }),
    onSuccess: (result) => {
      if (!result.dryRun) setJobId(result.jobId);
      setCounted(null);
    },
  });

  const count = (filter: WorkflowFilterQuery) => {
    setProblem(null);
    const workflowIds = idsText
      .split(/\s+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const hasFilter = Object.keys(filter).length > 0;
    if (!hasFilter && workflowIds.length === 0) return setProblem(t('ops.batch.needSelection'));
    dryRun.mutate({
      ...(workflowIds.length ? { workflowIds } : { filter }),
      action: action(),
      reason: reason.trim(),
      dryRun: true,
    });
  };

  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.batch.title')} subtitle={t('ops.batch.subtitle')} />
      <OpsNav />
      <h2 className="section-title">{t('ops.batch.selection')}</h2>
      <WorkflowFilterForm initial={{}} withStatus={false} submitLabel={t('ops.common.dryRun')} onSubmit={count}>
        <div className="field ops-wide">
          <label htmlFor="batch-ids">{t('ops.batch.workflowIds')}</label>
          <textarea
            id="batch-ids"
            rows={2}
            value={idsText}
            onChange={(e) => {
              setIdsText(e.target.value);
              changed();
            }}
          />
        </div>
        <fieldset className="ops-wide">
          <legend className="section-title">{t('ops.batch.action')}</legend>
          <div className="field">
            <label htmlFor="batch-type">{t('ops.batch.actionType')}</label>
            <select
              id="batch-type"
              value={type}
              onChange={(e) => {
                setType(e.target.value as ActionType);
                changed();
              }}
            >
              {ACTION_TYPES.map((a) => (
                <option key={a} value={a}>
                  {t(`ops.batch.actions.${a}`)}
                </option>
              ))}
            </select>
          </div>
          {type === 'EXTEND_DEADLINE' && (
            <div className="field">
              <label htmlFor="batch-days">{t('ops.batch.workingDays')}</label>
              <input
                id="batch-days"
                type="number"
                min={1}
                max={30}
                required
                value={workingDays}
                onChange={(e) => {
                  setWorkingDays(e.target.value);
                  changed();
                }}
              />
            </div>
          )}
          {type === 'REASSIGN' && (
            <div className="field">
              <label htmlFor="batch-assignee">{t('ops.batch.assignee')}</label>
              <input
                id="batch-assignee"
                required
                value={assigneeId}
                onChange={(e) => {
                  setAssigneeId(e.target.value);
                  changed();
                }}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor="batch-reason">{t('ops.common.reason')}</label>
            <p className="hint" id="batch-reason-hint">
              {t('ops.common.reasonHint')}
            </p>
            <textarea
              id="batch-reason"
              aria-describedby="batch-reason-hint"
              required
              minLength={5}
              rows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                changed();
              }}
            />
          </div>
        </fieldset>
      </WorkflowFilterForm>
      {problem && <Alert kind="warning">{problem}</Alert>}
      {dryRun.isPending && <p role="status">{t('app.loading')}</p>}
      {dryRun.isError && <ErrorState error={dryRun.error} />}
      {counted && (
        <section className="card section" aria-live="polite" data-testid="batch-dry-run">
          {counted.result.matched === 0 ? (
            <p>{t('ops.batch.dryRunNone')}</p>
          ) : (
            <>
              <p>
                <strong>{t('ops.batch.dryRunResult', { count: counted.result.matched })}</strong>
              </p>
              <details>
                <summary>{t('ops.batch.sample')}</summary>
                <ul className="mono">
                  {counted.result.sample.map((id) => (
                    <li key={id}>{id}</li>
                  ))}
                </ul>
              </details>
              <button
                type="button"
                className="btn btn-danger"
                disabled={run.isPending}
                onClick={() => run.mutate(counted.body)}
              >
                {t('ops.batch.run', { count: counted.result.matched })}
              </button>
            </>
          )}
        </section>
      )}
      {run.isError && <ErrorState error={run.error} />}
      {jobId && <BatchProgress jobId={jobId} />}
    </div>
  );
}

/** A running batch: a progress bar and each workflow's result, polled until no item is pending. */
function BatchProgress({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['ops', 'batch', jobId, page],
    queryFn: () => Operations.batchReport(jobId, page),
    refetchInterval: (query) => (query.state.data?.status === 'DONE' ? false : 1000),
  });
  const resume = useMutation({ mutationFn: () => Operations.resumeBatch(jobId), onSuccess: () => void q.refetch() });
  return (
    <section className="card section" aria-labelledby="batch-job-title" data-testid="batch-job">
      <h2 className="section-title" id="batch-job-title">
        {t('ops.batch.job', { id: jobId.slice(0, 8) })}
      </h2>
      <QueryView query={q}>
        {(r) => {
          const done = (r.counts.DONE ?? 0) + (r.counts.FAILED ?? 0);
          const total = done + (r.counts.PENDING ?? 0);
          return (
            <>
              <label htmlFor="batch-progress">{t('ops.batch.progress', { done, total })}</label>
              <progress id="batch-progress" className="ops-progress" max={Math.max(total, 1)} value={done} />
              <p role="status">{r.status === 'DONE' ? t('ops.batch.jobDone') : t('ops.batch.jobRunning')}</p>
              {r.status !== 'DONE' && (
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => resume.mutate()}>
                  {t('ops.batch.resume')}
                </button>
              )}
              <DataTable
                caption={t('ops.batch.job', { id: jobId })}
                columns={['Workflow', t('ops.common.status'), t('ops.batch.itemError'), '']}
                rows={r.items.map((i) => [
                  <span className="mono" key="id">
                    {i.workflowId}
                  </span>,
                  t(`ops.batch.itemStatuses.${i.status}`),
                  i.error,
                  dateTime(i.attemptedAt),
                ])}
              />
              {total > r.pageSize && (
                <nav className="pagination" aria-label={t('app.pagination')}>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={page <= 1}
                    onClick={() => setPage(page - 1)}
                  >
                    {t('app.prev')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={page * r.pageSize >= total}
                    onClick={() => setPage(page + 1)}
                  >
                    {t('app.next')}
                  </button>
                </nav>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
