// The on-time rate per unit or per stage over the period.
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { IndicatorChart } from './indicator-chart';
import { ExportButtons } from './export-buttons';
import { useLabels } from './use-labels';

export function OnTimeChart({ period, by }: { period: string; by: 'unit' | 'stage' }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const { stage } = useLabels();
  const query = useQuery({ queryKey: ['ops', 'on-time', period, by], queryFn: () => Operations.onTime(period, by) });
  const title = t(by === 'unit' ? 'ops.dashboard.onTimeUnit' : 'ops.dashboard.onTimeStage');
  const name = (key: string | null) => (by === 'unit' ? unitName(key) : stage(key));
  const rate = t('ops.dashboard.onTimeRate');
  return (
    <IndicatorChart
      query={query}
      spec={{
        title,
        kind: 'bar',
        label: (r) => name(r.key),
        series: [{ key: 'onTimeRate', name: rate, color: 2 }],
        yDomain: [0, 100],
        columns: [
          t(by === 'unit' ? 'ops.common.unit' : 'ops.common.stage'),
          t('ops.dashboard.toProcess'),
          t('ops.dashboard.late'),
          rate,
        ],
        cells: (r) => [name(r.key), r.toProcess, r.late, r.onTimeRate],
        actions: <ExportButtons path="indicators/on-time" query={{ period, by }} name={title} />,
      }}
    />
  );
}
