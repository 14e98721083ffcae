// What an indicator says about its chart: which series to draw from which rows, and the same figures as a table.
import type { ReactNode } from 'react';

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
