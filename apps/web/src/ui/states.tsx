import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { useI18n, type MessageKey } from '../i18n/i18n';

/** The error text in the reader's language: the server's own bilingual message, else ours by status. */
export function useErrorText(): (error: unknown) => string {
  const { t, pick } = useI18n();
  return (error) => {
    if (!(error instanceof ApiError)) return t('errors.generic');
    if (error.messageVi || error.messageEn) return pick(error.messageVi, error.messageEn);
    const byStatus: Record<number, MessageKey> = {
      0: 'errors.network',
      401: 'errors.unauthorized',
      403: 'errors.forbidden',
      404: 'errors.notFound',
      413: 'errors.tooLarge',
      415: 'errors.badType',
      429: 'errors.rateLimited',
    };
    return t(byStatus[error.status] ?? (error.status >= 500 ? 'errors.server' : 'errors.generic'));
  };
}

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label ?? t('app.loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = useErrorText();
  return (
    <div className="alert alert-error" role="alert">
      <p>{text(error)}</p>
      {onRetry && (
        <button type="button" className="btn btn-secondary btn-sm" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-icon" aria-hidden="true">
        ∅
      </p>
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

/** Loading, error (with retry) or the content of a query. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

export function Alert({ kind, children }: { kind: 'info' | 'success' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
