// The dashboard's indicators, each drawn by IndicatorChart with its figures as a table; loaded with the
// operator pages only.
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../format';
import { IndicatorChart } from './indicator-chart';
import { ExportButtons } from './export-buttons';
import { useLabels } from './use-labels';

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
