import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { Pagination } from '../../ui/pagination';
import { Empty, QueryView } from '../../ui/states';
import { ExportButtons } from './export-buttons';
import { SlaCounters, type SlaList } from './sla-counters';
import { SlaTable } from './sla-table';

/** Cases at risk of missing their deadline and cases past it: counts, then the chosen list. */
export function SlaSection() {
  const { t } = useI18n();
  const [which, setWhich] = useState<SlaList>('overdue');
  const [page, setPage] = useState(1);
  const atRisk = useQuery({ queryKey: ['ops', 'sla', 'at-risk', 1], queryFn: () => Operations.slaList('at-risk', 1) });
  const overdue = useQuery({ queryKey: ['ops', 'sla', 'overdue', 1], queryFn: () => Operations.slaList('overdue', 1) });
  const list = useQuery({ queryKey: ['ops', 'sla', which, page], queryFn: () => Operations.slaList(which, page) });
  const choose = (next: SlaList) => {
    setWhich(next);
    setPage(1);
  };
  return (
    <section className="card section" aria-labelledby="sla-title">
      <div className="chart-head">
        <h2 className="section-title" id="sla-title">
          {t('ops.dashboard.slaTitle')}
        </h2>
        <ExportButtons
          path={`cases/${which}`}
          name={t(which === 'overdue' ? 'ops.dashboard.overdue' : 'ops.dashboard.atRisk')}
        />
      </div>
      <SlaCounters which={which} atRisk={atRisk.data?.total} overdue={overdue.data?.total} choose={choose} />
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('ops.dashboard.slaEmpty')} />
          ) : (
            <>
              <SlaTable
                rows={data.items}
                caption={t(which === 'overdue' ? 'ops.dashboard.overdue' : 'ops.dashboard.atRisk')}
              />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}
