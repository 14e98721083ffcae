import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Stage } from '@kc/contracts';
import { stageLabels } from '@kc/domain/approval';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { date, dateTime, daysUntil } from '../format';

/** The page's heading; focused on arrival so keyboard and screen-reader users start there. */
export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Khuyến công Đồng Nai`;
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className="page-header">
      <div>
        <h1 tabIndex={-1} ref={ref}>
          {title}
        </h1>
        {subtitle && <p className="subtitle">{subtitle}</p>}
      </div>
      {children && <div className="page-actions">{children}</div>}
    </div>
  );
}

export function StageName({ stage }: { stage: Stage | null | undefined }) {
  const { lang } = useI18n();
  return <>{stage ? stageLabels[stage][lang] : '—'}</>;
}

export function Badge({ tone, children }: { tone: string; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** A label + control pair with hint and error wired for assistive technology. */
export function Field({
  label,
  hint,
  error,
  required,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="req" aria-hidden="true">
            {' '}
            *
          </span>
        ) : (
          <span className="opt"> ({t('app.optional')})</span>
        )}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t('app.pagination')}>
      <button type="button" className="btn btn-secondary btn-sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('app.prev')}
      </button>
      <span>{t('app.pageOf', { page, pages, total })}</span>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('app.next')}
      </button>
    </nav>
  );
}

/**
 * The deadline of the current step: days left, overdue, or paused while the applicant owes a supplement
 * (the legal clock stops then; domain.md §4).
 */
export function DeadlineClock({
  due,
  paused,
  pausedUntil,
}: {
  due: string | null;
  paused?: boolean;
  pausedUntil?: string;
}) {
  const { t } = useI18n();
  if (paused)
    return (
      <p className="deadline deadline-paused" data-testid="deadline-clock">
        {t('deadline.paused')}
        {pausedUntil ? ` ${t('deadline.supplementBy', { date: date(pausedUntil) })}` : ''}
      </p>
    );
  if (!due) return <p className="deadline muted">{t('deadline.none')}</p>;
  const days = daysUntil(due);
  const key: MessageKey = days < 0 ? 'deadline.overdue' : days <= 2 ? 'deadline.soon' : 'deadline.left';
  return (
    <p
      className={`deadline ${days < 0 ? 'deadline-overdue' : days <= 2 ? 'deadline-soon' : ''}`}
      data-testid="deadline-clock"
    >
      {t(key, { days: Math.abs(days), date: /T/.test(due) ? dateTime(due) : date(due) })}
    </p>
  );
}
