import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import type { WorkflowFilterQuery, WorkflowSummary } from '@kc/contracts';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../format';
import { Badge } from '../../ui/badge';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';
import { OpsNav } from './ops-nav';
import { useLabels } from './use-labels';
import { WorkflowFilterForm } from './workflow-filters';

/** The workflow explorer: Temporal visibility through the operations API, with each workflow's history. */
export default function WorkflowsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<WorkflowFilterQuery>({ status: 'Running' });
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['ops', 'workflows', filter, page],
    queryFn: () => Operations.workflows(filter, page),
  });
  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.workflows.title')} subtitle={t('ops.workflows.subtitle')} />
      <OpsNav />
      <WorkflowFilterForm
        initial={filter}
        submitLabel={t('ops.common.search')}
        onSubmit={(f) => {
          setFilter(f);
          setPage(1);
        }}
      />
      <QueryView query={q}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('ops.workflows.empty')} />
          ) : (
            <>
              <ul className="task-list" aria-label={t('ops.workflows.title')}>
                {data.items.map((w) => (
                  <WorkflowRow key={`${w.workflowId}/${w.runId}`} w={w} />
                ))}
              </ul>
              <nav className="pagination" aria-label={t('app.pagination')}>
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  disabled={page <= 1}
                  onClick={() => setPage(page - 1)}
                >
                  {t('ops.workflows.prev')}
                </button>
                <span>{t('ops.workflows.pageN', { page })}</span>
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  disabled={data.items.length < data.pageSize}
                  onClick={() => setPage(page + 1)}
                >
                  {t('ops.workflows.more')}
                </button>
              </nav>
            </>
          )
        }
      </QueryView>
    </div>
  );
}

export function WorkflowRow({ w, children }: { w: WorkflowSummary; children?: React.ReactNode }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const { stage } = useLabels();
  const [open, setOpen] = useState(false);
  const statusKey = w.status as keyof typeof STATUS_TONES;
  return (
    <li className="card task-row ops-row">
      <div className="dossier-main">
        <p className="dossier-title">
          {w.dossierCode ?? w.workflowId}{' '}
          <Badge tone={STATUS_TONES[statusKey] ?? 'draft'}>{statusText(t, w.status)}</Badge>
          {w.overdue && <Badge tone="withdrawn">{t('ops.dashboard.overdue')}</Badge>}
        </p>
        <p className="dossier-meta mono">{w.workflowId}</p>
        <p className="dossier-meta">
          {w.type} · {stage(w.stage)} · {unitName(w.unit)} · {t('ops.workflows.started')} {dateTime(w.startedAt)}
          {w.dueAt ? ` · ${t('ops.dashboard.due')} ${dateTime(w.dueAt)}` : ''}
        </p>
        {children}
        {open && <History workflowId={w.workflowId} />}
      </div>
      <div className="doc-actions">
        <a
          className="btn btn-secondary btn-sm"
          href={w.temporalUi}
          target="_blank"
          rel="noreferrer"
          aria-label={t('ops.workflows.openTemporalOf', { id: w.dossierCode ?? w.workflowId })}
        >
          {t('ops.workflows.openTemporal')}
        </a>
        <button type="button" className="btn btn-ghost btn-sm" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('ops.workflows.hideHistory') : t('ops.workflows.history')}
        </button>
      </div>
    </li>
  );
}

const STATUS_TONES = {
  Running: 'in',
  Completed: 'completed',
  Failed: 'withdrawn',
  Canceled: 'closed',
  Terminated: 'withdrawn',
  TimedOut: 'withdrawn',
} as const;

const statusText = (t: ReturnType<typeof useI18n>['t'], status: string) =>
  status in STATUS_TONES ? t(`ops.workflows.statuses.${status as keyof typeof STATUS_TONES}`) : status;

function History({ workflowId }: { workflowId: string }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['ops', 'history', workflowId], queryFn: () => Operations.history(workflowId) });
  return (
    <section className="ops-history" aria-label={t('ops.workflows.historyOf', { id: workflowId })}>
      <QueryView query={q}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('ops.workflows.historyEmpty')}</p>
          ) : (
            <ol className="timeline">
              {data.items.map((e) => (
                <li key={e.eventId} className="timeline-item">
                  <span className="timeline-label">{dateTime(e.at)}</span> {e.text}
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </section>
  );
}
