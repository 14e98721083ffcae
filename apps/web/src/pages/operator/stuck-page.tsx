import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import type { WorkflowFilterQuery } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';
import { OpsNav } from './ops-nav';
import { WorkflowFilterForm } from './workflow-filters';
import { WorkflowRow } from './workflow-row';

/** Running workflows whose automated work retries again and again, or that make no progress. */
export default function StuckPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<WorkflowFilterQuery & { minAttempts?: number; idleHours?: number }>({
    minAttempts: 3,
    idleHours: 8,
  });
  const [minAttempts, setMinAttempts] = useState('3');
  const [idleHours, setIdleHours] = useState('8');
  const q = useQuery({ queryKey: ['ops', 'stuck', filter], queryFn: () => Operations.stuck(filter) });
  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.stuck.title')} subtitle={t('ops.stuck.subtitle')} />
      <OpsNav />
      <WorkflowFilterForm
        initial={{}}
        withStatus={false}
        submitLabel={t('ops.common.search')}
        onSubmit={(f) => setFilter({ ...f, minAttempts: Number(minAttempts) || 3, idleHours: Number(idleHours) || 0 })}
      >
        <div className="field">
          <label htmlFor="stuck-attempts">{t('ops.stuck.minAttempts')}</label>
          <input
            id="stuck-attempts"
            type="number"
            min={1}
            max={1000}
            value={minAttempts}
            onChange={(e) => setMinAttempts(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="stuck-idle">{t('ops.stuck.idleHours')}</label>
          <input
            id="stuck-idle"
            type="number"
            min={0}
            max={8760}
            value={idleHours}
            onChange={(e) => setIdleHours(e.target.value)}
          />
        </div>
      </WorkflowFilterForm>
      <QueryView query={q}>
        {(data) => (
          <>
            <p className="list-count" role="status">
              {t('ops.stuck.scanned', { count: data.scanned })}
            </p>
            {data.items.length === 0 ? (
              <Empty title={t('ops.stuck.empty')} />
            ) : (
              <ul className="task-list" aria-label={t('ops.stuck.title')}>
                {data.items.map((w) => (
                  <WorkflowRow key={w.workflowId} w={w}>
                    <p className="dossier-meta danger-text">
                      {t(`ops.stuck.causes.${w.cause}`)} · {t('ops.stuck.activity')}: {w.activity ?? '—'} ·{' '}
                      {t('ops.stuck.attempt')}: {w.attempt}
                    </p>
                    {w.lastFailure && (
                      <p className="dossier-meta">
                        {t('ops.stuck.lastFailure')}: <span className="mono">{w.lastFailure}</span>
                      </p>
                    )}
                  </WorkflowRow>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}
