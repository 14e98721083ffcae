// One chart for every dashboard indicator (recharts): the query's states, the figure with its table and
// export, the grid, axes and tooltip; each indicator only says which series to draw from which rows.
import type { UseQueryResult } from '@tanstack/react-query';
import { ResponsiveContainer } from 'recharts';
import { QueryView } from '../../ui/states';
import { ChartFigure } from './chart-figure';
import type { ChartSpec } from './chart-spec';
import { Plot } from './plot';

const HEIGHT = 280;

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
