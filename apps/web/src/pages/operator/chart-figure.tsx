import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from './data-table';

/** Colours of chart series: the app's palette, each with at least 3:1 contrast on white. */
export const SERIES = ['#0b5394', '#b54708', '#067647', '#b42318', '#6941c6', '#475467'];

/** A chart with a caption, and the same figures in a table a screen reader (or anyone) can open. */
export function ChartFigure({
  title,
  columns,
  rows,
  children,
  actions,
}: {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
  children: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <figure className="card chart-card">
      <figcaption className="chart-head">
        <h2 className="section-title">{title}</h2>
        {actions}
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t('ops.common.noData')}</p>
      ) : (
        <>
          <div className="chart-box" aria-hidden="true">
            {children}
          </div>
          <details className="chart-data">
            <summary>{t('ops.common.showTable')}</summary>
            <DataTable caption={title} columns={columns} rows={rows} />
          </details>
        </>
      )}
    </figure>
  );
}
