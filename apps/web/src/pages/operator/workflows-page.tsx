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
import { WorkflowsPager } from './workflows-pager';

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
              <WorkflowsPager page={page} full={data.items.length >= data.pageSize} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}
