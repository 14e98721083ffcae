// One chart for every dashboard indicator (recharts): the query's states, the figure with its table and
// export, the grid, axes and tooltip; each indicator only says which series to draw from which rows.
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
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
import { QueryView } from '../../ui/states';
import { ChartFigure, SERIES } from './chart-figure';

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

export interface Series {
  key: string;
  name: string;
  /** Index into the shared palette; the series' position by default. */
  color?: number;
}

export interface ChartSpec<Row> {
  title: string;
  /** A line over days, or bars over categories (units, stages). */
  kind: 'line' | 'bar';
  /** The x-axis label of a row. */
  label: (row: Row) => string;
  series: Series[];
  /** Bars of one row stacked (parts of a whole) rather than side by side. */
  stacked?: boolean;
  yDomain?: [number, number];
  wholeNumbers?: boolean;
  /** The same figures as a table. */
  columns: string[];
  cells: (row: Row) => (string | number | null)[];
  actions?: ReactNode;
}

export function IndicatorChart<Row extends object>({
  query,
  spec,
}: {
  query: UseQueryResult<{ items: Row[] }>;
  spec: ChartSpec<Row>;
}) {
  return (
    <QueryView query={query}>
      {(data) => (
        <ChartFigure title={spec.title} columns={spec.columns} rows={data.items.map(spec.cells)} actions={spec.actions}>
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <Plot spec={spec} rows={data.items.map((r) => ({ ...r, label: spec.label(r) }))} />
          </ResponsiveContainer>
        </ChartFigure>
      )}
    </QueryView>
  );
}

function Plot<Row>({ spec, rows }: { spec: ChartSpec<Row>; rows: object[] }) {
  const grid = <CartesianGrid strokeDasharray="3 3" />;
  const yAxis = (
    <YAxis domain={spec.yDomain} allowDecimals={!spec.wholeNumbers} tick={axis} width={spec.wholeNumbers ? 32 : 36} />
  );
  const color = (s: Series, i: number) => SERIES[s.color ?? i];
  if (spec.kind === 'line')
    return (
      <LineChart data={rows} accessibilityLayer={false}>
        {grid}
        <XAxis dataKey="label" tick={axis} />
        {yAxis}
        <Tooltip />
        {spec.series.map((s, i) => (
          <Line
            isAnimationActive={false}
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={color(s, i)}
            strokeWidth={2}
          />
        ))}
      </LineChart>
    );
  return (
    <BarChart data={rows} accessibilityLayer={false}>
      {grid}
      <XAxis dataKey="label" {...categoryAxis} />
      {yAxis}
      <Tooltip />
      {spec.series.length > 1 && <Legend />}
      {spec.series.map((s, i) => (
        <Bar
          isAnimationActive={false}
          key={s.key}
          dataKey={s.key}
          stackId={spec.stacked ? 'stack' : undefined}
          name={s.name}
          fill={color(s, i)}
        />
      ))}
    </BarChart>
  );
}
