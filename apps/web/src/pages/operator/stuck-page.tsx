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
import { StuckCause } from './stuck-cause';
import { StuckThresholds } from './stuck-thresholds';

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
        <StuckThresholds
          minAttempts={minAttempts}
          idleHours={idleHours}
          setMinAttempts={setMinAttempts}
          setIdleHours={setIdleHours}
        />
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
                    <StuckCause w={w} />
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
