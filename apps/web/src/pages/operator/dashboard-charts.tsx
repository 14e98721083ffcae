// The dashboard's charts (recharts), each with its figures as a table; loaded with the operator pages only.
import { useQuery } from '@tanstack/react-query';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Operations } from '../../api/operations';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../format';
import { QueryView } from '../../ui/states';
import { ChartFigure, ExportButtons, SERIES, useLabels } from './ops-ui';

const HEIGHT = 280;
const axis = { fontSize: 12 };
/** Category labels (unit and stage names) slanted and shortened so that many of them stay legible. */
const shorten = (label: string) => (label.length > 16 ? `${label.slice(0, 15)}…` : label);
const categoryAxis = {
  tick: { fontSize: 11 },
  interval: 0,
  angle: -35,
  textAnchor: 'end',
  height: 80,
  tickFormatter: shorten,
} as const;

export function ThroughputChart({ period }: { period: string }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['ops', 'throughput', period], queryFn: () => Operations.throughput(period) });
  const title = t('ops.dashboard.throughput');
  return (
    <QueryView query={q}>
      {(data) => (
        <ChartFigure
          title={title}
          columns={[t('ops.dashboard.day'), t('ops.dashboard.decided')]}
          rows={data.items.map((r) => [date(r.day), r.decided])}
          actions={<ExportButtons path="indicators/throughput" query={{ period }} name={title} />}
        >
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <LineChart
              data={data.items.map((r) => ({ ...r, label: date(r.day).slice(0, 5) }))}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={axis} />
              <YAxis allowDecimals={false} tick={axis} width={32} />
              <Tooltip />
              <Line
                isAnimationActive={false}
                type="linear"
                dataKey="decided"
                name={t('ops.dashboard.decided')}
                stroke={SERIES[0]}
                strokeWidth={2}
              />
            </LineChart>
          </ResponsiveContainer>
        </ChartFigure>
      )}
    </QueryView>
  );
}

export function OnTimeChart({ period, by }: { period: string; by: 'unit' | 'stage' }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const { stage } = useLabels();
  const q = useQuery({ queryKey: ['ops', 'on-time', period, by], queryFn: () => Operations.onTime(period, by) });
  const title = t(by === 'unit' ? 'ops.dashboard.onTimeUnit' : 'ops.dashboard.onTimeStage');
  const name = (key: string | null) => (by === 'unit' ? unitName(key) : stage(key));
  return (
    <QueryView query={q}>
      {(data) => (
        <ChartFigure
          title={title}
          columns={[
            t(by === 'unit' ? 'ops.common.unit' : 'ops.common.stage'),
            t('ops.dashboard.toProcess'),
            t('ops.dashboard.late'),
            t('ops.dashboard.onTimeRate'),
          ]}
          rows={data.items.map((r) => [name(r.key), r.toProcess, r.late, r.onTimeRate])}
          actions={<ExportButtons path="indicators/on-time" query={{ period, by }} name={title} />}
        >
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={data.items.map((r) => ({ ...r, name: name(r.key) }))} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" {...categoryAxis} />
              <YAxis domain={[0, 100]} tick={axis} width={36} />
              <Tooltip />
              <Bar
                isAnimationActive={false}
                dataKey="onTimeRate"
                name={t('ops.dashboard.onTimeRate')}
                fill={SERIES[2]}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      )}
    </QueryView>
  );
}

const PARTIES = ['department', 'local', 'applicant', 'council', 'budgetWait'] as const;

export function AttributionChart({ period }: { period: string }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const q = useQuery({ queryKey: ['ops', 'attribution', period], queryFn: () => Operations.attribution(period) });
  const title = t('ops.dashboard.attribution');
  return (
    <QueryView query={q}>
      {(data) => (
        <ChartFigure
          title={title}
          columns={[
            t('ops.common.unit'),
            t('ops.dashboard.closed'),
            ...PARTIES.map((p) => t(`ops.dashboard.parties.${p}`)),
          ]}
          rows={data.items.map((r) => [unitName(r.unitCode), r.closed, ...PARTIES.map((p) => r[p])])}
          actions={<ExportButtons path="indicators/attribution" query={{ period }} name={title} />}
        >
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={data.items.map((r) => ({ ...r, name: unitName(r.unitCode) }))} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" {...categoryAxis} />
              <YAxis tick={axis} width={36} />
              <Tooltip />
              <Legend />
              {PARTIES.map((p, i) => (
                <Bar
                  isAnimationActive={false}
                  key={p}
                  dataKey={p}
                  stackId="days"
                  name={t(`ops.dashboard.parties.${p}`)}
                  fill={SERIES[i]}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      )}
    </QueryView>
  );
}

const STARS = [1, 2, 3, 4, 5] as const;

export function StarsChart() {
  const { t } = useI18n();
  const unitName = useUnitName();
  const q = useQuery({ queryKey: ['ops', 'stars'], queryFn: Operations.stars });
  const title = t('ops.dashboard.stars');
  return (
    <QueryView query={q}>
      {(data) => (
        <ChartFigure
          title={title}
          columns={[
            t('ops.common.unit'),
            ...STARS.map((n) => t('ops.dashboard.starsN', { n })),
            t('ops.dashboard.total'),
          ]}
          rows={data.items.map((r) => [unitName(r.key), ...STARS.map((n) => r[`star${n}`]), r.total])}
          actions={<ExportButtons path="indicators/ocop-stars" name={title} />}
        >
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={data.items.map((r) => ({ ...r, name: unitName(r.key) }))} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" {...categoryAxis} />
              <YAxis allowDecimals={false} tick={axis} width={32} />
              <Tooltip />
              <Legend />
              {STARS.map((n, i) => (
                <Bar
                  isAnimationActive={false}
                  key={n}
                  dataKey={`star${n}`}
                  stackId="stars"
                  name={t('ops.dashboard.starsN', { n })}
                  fill={SERIES[i]}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      )}
    </QueryView>
  );
}
