import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { Pagination } from '../../ui/pagination';
import { QueryView } from '../../ui/states';
import { DataTable } from './data-table';

/** A running batch: a progress bar and each workflow's result, polled until no item is pending. */
export function BatchProgress({ jobId }: { jobId: string }) {
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
              {total > r.pageSize && <Pagination page={page} pageSize={r.pageSize} total={total} onPage={setPage} />}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
