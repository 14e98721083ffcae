import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { hasRole, useSession } from '../../session';
import { PageHeader } from '../../ui/page-header';
import { Alert } from '../../ui/states';
import { AttributionChart } from './attribution-chart';
import { OnTimeChart } from './on-time-chart';
import { StarsChart } from './stars-chart';
import { ThroughputChart } from './throughput-chart';
import { CaseLookup } from './case-lookup';
import { currentPeriod } from './period';
import { OpsNav } from './ops-nav';
import { OPERATORS } from './ops-sections';
import { RuralTargets } from './rural-targets';
import { SlaSection } from './sla-section';

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
