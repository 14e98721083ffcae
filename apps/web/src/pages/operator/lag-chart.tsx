// The groups furthest behind as horizontal bars, with the same figures as a table and the export.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { ChartFigure, SERIES } from './chart-figure';
import { ExportButtons } from './export-buttons';

export function LagChart({ groups }: { groups: [string, number][] }) {
  const { t } = useI18n();
  return (
    <ChartFigure
      title={t('ops.lag.chart')}
      columns={[t('ops.lag.group'), t('ops.lag.lag')]}
      rows={groups.map(([g, n]) => [g, n])}
      actions={<ExportButtons path="kafka/lag" name={t('ops.lag.title')} />}
    >
      <ResponsiveContainer width="100%" height={Math.max(160, groups.length * 28)}>
        <BarChart layout="vertical" data={groups.map(([group, n]) => ({ group, n }))} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="group" width={150} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="n" name={t('ops.lag.lag')} fill={SERIES[1]} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
