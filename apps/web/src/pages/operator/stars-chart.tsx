// OCOP products per star band, per unit.
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { IndicatorChart } from './indicator-chart';
import { ExportButtons } from './export-buttons';

const STARS = [1, 2, 3, 4, 5] as const;

export function StarsChart() {
  const { t } = useI18n();
  const unitName = useUnitName();
  const query = useQuery({ queryKey: ['ops', 'stars'], queryFn: Operations.stars });
  const title = t('ops.dashboard.stars');
  const series = STARS.map((n) => ({ key: `star${n}`, name: t('ops.dashboard.starsN', { n }) }));
  return (
    <IndicatorChart
      query={query}
      spec={{
        title,
        kind: 'bar',
        label: (r) => unitName(r.key),
        series,
        stacked: true,
        wholeNumbers: true,
        columns: [t('ops.common.unit'), ...series.map((s) => s.name), t('ops.dashboard.total')],
        cells: (r) => [unitName(r.key), ...STARS.map((n) => r[`star${n}`]), r.total],
        actions: <ExportButtons path="indicators/ocop-stars" name={title} />,
      }}
    />
  );
}
