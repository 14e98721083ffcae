// One workflow in the explorer's and the stuck list's rows: its dossier, status, stage, unit and dates,
// a link to the Temporal UI, and its history on demand.
import { useState, type ReactNode } from 'react';
import type { WorkflowSummary } from '@kc/contracts';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { Badge } from '../../ui/badge';
import { useLabels } from './use-labels';
import { WorkflowHistory } from './workflow-history';

export function WorkflowRow({ w, children }: { w: WorkflowSummary; children?: ReactNode }) {
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
        {open && <WorkflowHistory workflowId={w.workflowId} />}
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
