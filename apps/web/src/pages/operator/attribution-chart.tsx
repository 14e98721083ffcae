// Whose time the closed dossiers' delays were, per unit: the parties stacked.
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { IndicatorChart } from './indicator-chart';
import { ExportButtons } from './export-buttons';

const PARTIES = ['department', 'local', 'applicant', 'council', 'budgetWait'] as const;

export function AttributionChart({ period }: { period: string }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const query = useQuery({ queryKey: ['ops', 'attribution', period], queryFn: () => Operations.attribution(period) });
  const title = t('ops.dashboard.attribution');
  const series = PARTIES.map((p) => ({ key: p, name: t(`ops.dashboard.parties.${p}`) }));
  return (
    <IndicatorChart
      query={query}
      spec={{
        title,
        kind: 'bar',
        label: (r) => unitName(r.unitCode),
        series,
        stacked: true,
        columns: [t('ops.common.unit'), t('ops.dashboard.closed'), ...series.map((s) => s.name)],
        cells: (r) => [unitName(r.unitCode), r.closed, ...PARTIES.map((p) => r[p])],
        actions: <ExportButtons path="indicators/attribution" query={{ period }} name={title} />,
      }}
    />
  );
}
