import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import type { SlaRow } from '@kc/contracts';
import { useUnitName } from '../../api/queries';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { date, dateTime } from '../../format';
import { hasRole, useSession } from '../../session';
import { Facts, PageHeader, Pagination } from '../../ui/bits';
import { Alert, Empty, ErrorState, Loading, QueryView } from '../../ui/states';
import { AttributionChart, OnTimeChart, StarsChart, ThroughputChart } from './dashboard-charts';
import { currentPeriod, DataTable, ExportButtons, OPERATORS, OpsNav, useLabels } from './ops-ui';
import { RuralTargets } from './rural-targets';

/** The operators' (and, read-only, the leaders') overview: charts of the period, SLA lists, one case. */
export default function DashboardPage() {
  const { t } = useI18n();
  const session = useSession();
  const [period, setPeriod] = useState(currentPeriod);
  const [draft, setDraft] = useState(period);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(draft.trim());
  };
  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.dashboard.title')} subtitle={t('ops.dashboard.subtitle')} />
      <OpsNav />
      {!hasRole(session, ...OPERATORS) && <Alert kind="info">{t('ops.common.readOnly')}</Alert>}
      <form className="toolbar filters" onSubmit={apply} aria-label={t('ops.common.period')}>
        <div className="field">
          <label htmlFor="ops-period">{t('ops.common.period')}</label>
          <p className="hint" id="ops-period-hint">
            {t('ops.common.periodHint')}
          </p>
          <div className="search-row">
            <input
              id="ops-period"
              aria-describedby="ops-period-hint"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              pattern="\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?"
            />
            <button type="submit" className="btn btn-primary">
              {t('ops.common.apply')}
            </button>
          </div>
        </div>
      </form>
      <SlaSection />
      {hasRole(session, ...OPERATORS) && <CaseLookup />}
      <div className="chart-grid">
        <ThroughputChart period={period} />
        <OnTimeChart period={period} by="unit" />
        <OnTimeChart period={period} by="stage" />
        <AttributionChart period={period} />
        <StarsChart />
      </div>
      <RuralTargets />
    </div>
  );
}

function SlaSection() {
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

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** One case as the read model has it: its dates and the stages it went through, with working days. */
function CaseLookup() {
  const { t } = useI18n();
  const unitName = useUnitName();
  const { stage } = useLabels();
  const [draft, setDraft] = useState('');
  const [code, setCode] = useState('');
  const q = useQuery({
    queryKey: ['ops', 'case', code],
    queryFn: () => Operations.oneCase(code),
    enabled: !!code,
    retry: false,
  });
  return (
    <section className="card section" aria-labelledby="case-title">
      <h2 className="section-title" id="case-title">
        {t('ops.dashboard.caseLookup')}
      </h2>
      <form
        className="search-row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setCode(draft.trim());
        }}
      >
        <label htmlFor="ops-case" className="sr-only">
          {t('ops.dashboard.caseLookupHint')}
        </label>
        <input
          id="ops-case"
          placeholder={t('ops.dashboard.caseLookupHint')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="btn btn-primary">
          {t('ops.dashboard.caseFind')}
        </button>
      </form>
      {code && q.isPending && <Loading />}
      {q.isError &&
        (q.error instanceof ApiError && q.error.status === 404 ? (
          <Alert kind="warning">{t('ops.dashboard.caseNotFound')}</Alert>
        ) : (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ))}
      {q.data && (
        <div className="case-detail" data-testid="ops-case">
          <h3>{t('ops.dashboard.caseTitle', { code: str(q.data.case.code) ?? code })}</h3>
          <Facts
            rows={[
              [t('ops.common.programme'), str(q.data.case.program_code) ?? '—'],
              [t('ops.common.unit'), unitName(str(q.data.case.unit_code))],
              [t('ops.dashboard.caseStatus'), str(q.data.case.outcome) ?? stage(str(q.data.case.stage))],
              [t('ops.dashboard.caseOpened'), dateTime(str(q.data.case.opened_at))],
              [t('ops.dashboard.caseDecided'), dateTime(str(q.data.case.decided_at))],
              [t('ops.dashboard.caseDue'), date(str(q.data.case.due_date))],
            ]}
          />
          <DataTable
            caption={t('ops.dashboard.caseVisits')}
            columns={[
              t('ops.common.stage'),
              t('ops.dashboard.holder'),
              t('ops.dashboard.entered'),
              t('ops.dashboard.left'),
              t('ops.dashboard.workingDays'),
            ]}
            rows={q.data.visits.map((v) => [
              stage(str(v.stage)),
              str(v.holder),
              dateTime(str(v.entered_at)),
              v.left_at ? dateTime(str(v.left_at)) : t('ops.dashboard.stillOpen'),
              str(v.working_days) ?? '—',
            ])}
          />
        </div>
      )}
    </section>
  );
}
