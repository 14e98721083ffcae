// Dossiers decided per day over the period.
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../dates';
import { IndicatorChart } from './indicator-chart';
import { ExportButtons } from './export-buttons';

export function ThroughputChart({ period }: { period: string }) {
  const { t } = useI18n();
  const query = useQuery({ queryKey: ['ops', 'throughput', period], queryFn: () => Operations.throughput(period) });
  const title = t('ops.dashboard.throughput');
  const decided = t('ops.dashboard.decided');
  return (
    <IndicatorChart
      query={query}
      spec={{
        title,
        kind: 'line',
        label: (r) => date(r.day).slice(0, 5),
        series: [{ key: 'decided', name: decided }],
        wholeNumbers: true,
        columns: [t('ops.dashboard.day'), decided],
        cells: (r) => [date(r.day), r.decided],
        actions: <ExportButtons path="indicators/throughput" query={{ period }} name={title} />,
      }}
    />
  );
}
