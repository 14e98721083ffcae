import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import type { DlqQuery, DlqOutcome } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { Pagination } from '../../ui/pagination';
import { Alert, Empty, QueryView } from '../../ui/states';
import { useFilterForm } from './filter-form';
import { ExportButtons } from './export-buttons';
import { OpsNav } from './ops-nav';
import { DlqActions } from './dlq-actions';
import { DlqInspect } from './dlq-inspect';
import { DlqTable } from './dlq-table';

const STATUSES = ['PARKED', 'REDRIVEN', 'DISCARDED'] as const;

/** Dead-letter queues: browse with filters, inspect a message, redrive or discard the selected ones. */
export default function DlqPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const { filter, draft, setDraft, apply, text } = useFilterForm<DlqQuery>('dlq', { status: 'PARKED' }, () => {
    setPage(1);
    setSelected([]);
  });
  const [inspected, setInspected] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<DlqOutcome | null>(null);
  const q = useQuery({ queryKey: ['ops', 'dlq', filter, page], queryFn: () => Operations.dlq(filter, page) });
  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.dlq.title')} subtitle={t('ops.dlq.subtitle')}>
        <ExportButtons path="dlq" query={{ ...filter }} name={t('ops.dlq.title')} />
      </PageHeader>
      <OpsNav />
      <form className="toolbar filters ops-filters" aria-label={t('ops.dlq.filters')} onSubmit={apply}>
        {text('group', t('ops.dlq.group'))}
        {text('eventType', t('ops.dlq.eventType'))}
        {text('originalTopic', t('ops.dlq.topic'))}
        {text('reasonContains', t('ops.dlq.reasonContains'))}
        <div className="field">
          <label htmlFor="dlq-status">{t('ops.common.status')}</label>
          <select
            id="dlq-status"
            value={draft.status ?? ''}
            onChange={(e) => setDraft({ ...draft, status: (e.target.value || undefined) as DlqQuery['status'] })}
          >
            <option value="">{t('ops.common.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`ops.dlq.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            {t('ops.common.search')}
          </button>
        </div>
      </form>
      <QueryView query={q}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('ops.dlq.empty')} />
          ) : (
            <>
              <DlqTable rows={data.items} selected={selected} onSelect={setSelected} onInspect={setInspected} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
      {inspected && (
        <DlqInspect id={inspected} onClose={() => setInspected(null)} onRedrive={() => setSelected([inspected])} />
      )}
      {outcome && <Alert kind="success">{t('ops.dlq.done', { done: outcome.done, matched: outcome.matched })}</Alert>}
      {selected.length > 0 && (
        <DlqActions
          ids={selected}
          onDone={(o) => {
            setOutcome(o);
            setSelected([]);
          }}
        />
      )}
    </div>
  );
}
