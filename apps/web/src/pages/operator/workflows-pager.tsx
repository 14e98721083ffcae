// Paging through Temporal's visibility: the service does not count, so "more" is offered while pages are full.
import { useI18n } from '../../i18n/i18n';

export function WorkflowsPager({
  page,
  full,
  onPage,
}: {
  page: number;
  full: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  return (
    <nav className="pagination" aria-label={t('app.pagination')}>
      <button type="button" className="btn btn-secondary btn-sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('ops.workflows.prev')}
      </button>
      <span>{t('ops.workflows.pageN', { page })}</span>
      <button type="button" className="btn btn-secondary btn-sm" disabled={!full} onClick={() => onPage(page + 1)}>
        {t('ops.workflows.more')}
      </button>
    </nav>
  );
}
