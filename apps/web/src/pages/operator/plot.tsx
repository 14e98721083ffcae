// The recharts drawing of an indicator: a line over days or bars over categories, with grid, axes, tooltip.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES } from './chart-figure';
import type { ChartSpec, Series } from './chart-spec';

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

export function Plot<Row>({ spec, rows }: { spec: ChartSpec<Row>; rows: object[] }) {
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
