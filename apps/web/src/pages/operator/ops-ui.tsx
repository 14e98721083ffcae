// Pieces the operator pages share: their section navigation, a chart with its data as a table (for screen
// readers and for reading exact figures), CSV/Excel export buttons, and labels of stages and units.
import { useState, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { stageLabels } from '@kc/domain/approval';
import { downloadTable } from '../../api/operations';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { hasRole, useSession } from '../../session';
import { useErrorText } from '../../ui/states';

export const OPERATORS = ['OPERATOR', 'ADMIN'];
export const INDICATOR_READERS = [...OPERATORS, 'DEPARTMENT_LEADER', 'LOCAL_LEADER'];

interface Section {
  to: string;
  label: MessageKey;
  roles: string[];
}
export const OPS_SECTIONS: Section[] = [
  { to: '/van-hanh', label: 'ops.nav.dashboard', roles: INDICATOR_READERS },
  { to: '/van-hanh/quy-trinh', label: 'ops.nav.workflows', roles: OPERATORS },
  { to: '/van-hanh/bi-ket', label: 'ops.nav.stuck', roles: OPERATORS },
  { to: '/van-hanh/can-thiep', label: 'ops.nav.batch', roles: ['OPERATOR'] },
  { to: '/van-hanh/dlq', label: 'ops.nav.dlq', roles: OPERATORS },
  { to: '/van-hanh/kafka', label: 'ops.nav.lag', roles: OPERATORS },
  { to: '/van-hanh/nhat-ky', label: 'ops.nav.audit', roles: OPERATORS },
];

/** The operator pages' own navigation (only the sections the person may open). */
export function OpsNav() {
  const { t } = useI18n();
  const session = useSession();
  const sections = OPS_SECTIONS.filter((s) => hasRole(session, ...s.roles));
  if (sections.length < 2) return null;
  return (
    <nav className="ops-nav" aria-label={t('ops.nav.sections')}>
      {sections.map((s) => (
        <NavLink key={s.to} to={s.to} end className="ops-nav-link">
          {t(s.label)}
        </NavLink>
      ))}
    </nav>
  );
}

/** Stage and unit names in the reader's language (codes the read model keeps, some not approval stages). */
export function useLabels() {
  const { lang } = useI18n();
  const stage = (code: string | null | undefined) =>
    code ? ((stageLabels as Readonly<Record<string, { vi: string; en: string }>>)[code]?.[lang] ?? code) : '—';
  return { stage };
}

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

export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: (ReactNode | string | number | null)[][];
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) => (
                <td key={j} className={typeof cell === 'number' ? 'num' : undefined}>
                  {cell ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** CSV and Excel downloads of one operations table (the whole table, the same filters). */
export function ExportButtons({
  path,
  query = {},
  name,
}: {
  path: string;
  query?: Record<string, string | number | undefined>;
  name: string;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>(null);
  const download = (format: 'csv' | 'xlsx') => {
    setError(null);
    downloadTable(path, query, format).catch(setError);
  };
  return (
    <span className="export-buttons">
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        aria-label={t('ops.common.exportCsv', { name })}
        onClick={() => download('csv')}
      >
        {t('ops.common.csv')}
      </button>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        aria-label={t('ops.common.exportExcel', { name })}
        onClick={() => download('xlsx')}
      >
        {t('ops.common.excel')}
      </button>
      {error !== null && (
        <span className="field-error" role="alert">
          {t('ops.common.exportFailed')} {errorText(error)}
        </span>
      )}
    </span>
  );
}

/** The current month in Vietnam time, as the reporting period `2026-11`. */
export const currentPeriod = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);

/** Colours of chart series: the app's palette, each with at least 3:1 contrast on white. */
export const SERIES = ['#0b5394', '#b54708', '#067647', '#b42318', '#6941c6', '#475467'];
