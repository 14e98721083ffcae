import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { SlaRow } from '@kc/contracts';
import { Operations } from '../../api/operations';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../format';
import { Pagination } from '../../ui/pagination';
import { Empty, QueryView } from '../../ui/states';
import { DataTable } from './data-table';
import { ExportButtons } from './export-buttons';
import { useLabels } from './use-labels';

/** Cases at risk of missing their deadline and cases past it: counts, then the chosen list. */
export function SlaSection() {
  const { t } = useI18n();
  const [which, setWhich] = useState<'at-risk' | 'overdue'>('overdue');
  const [page, setPage] = useState(1);
  const atRisk = useQuery({ queryKey: ['ops', 'sla', 'at-risk', 1], queryFn: () => Operations.slaList('at-risk', 1) });
  const overdue = useQuery({ queryKey: ['ops', 'sla', 'overdue', 1], queryFn: () => Operations.slaList('overdue', 1) });
  const list = useQuery({ queryKey: ['ops', 'sla', which, page], queryFn: () => Operations.slaList(which, page) });
  const choose = (next: 'at-risk' | 'overdue') => {
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
      <ul className="counters">
        <li>
          <button
            type="button"
            className="counter"
            aria-pressed={which === 'at-risk'}
            onClick={() => choose('at-risk')}
          >
            {t('ops.dashboard.atRiskCount', { count: atRisk.data?.total ?? '…' })}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="counter counter-danger"
            aria-pressed={which === 'overdue'}
            onClick={() => choose('overdue')}
          >
            {t('ops.dashboard.overdueCount', { count: overdue.data?.total ?? '…' })}
          </button>
        </li>
      </ul>
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

function SlaTable({ rows, caption }: { rows: SlaRow[]; caption: string }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const { stage } = useLabels();
  return (
    <DataTable
      caption={caption}
      columns={[
        t('ops.common.code'),
        t('ops.common.unit'),
        t('ops.common.stage'),
        t('ops.dashboard.holder'),
        t('ops.dashboard.due'),
      ]}
      rows={rows.map((r) => [r.code ?? r.caseId, unitName(r.unitCode), stage(r.stage), r.holder, dateTime(r.dueAt)])}
    />
  );
}
