import type { TaskFilters } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { SOON_DAYS, useTaskCounts } from './use-task-counts';

/** Each count is also a button that filters the list to what it counts. */
export function TaskCounters({ userId, onFilter }: { userId: string; onFilter: (patch: TaskFilters) => void }) {
  const { t } = useI18n();
  const counts = useTaskCounts(userId);
  return (
    <ul className="counters" aria-label={t('tasks.counts')}>
      <li>
        <button type="button" className="counter" onClick={() => onFilter({ overdue: false, status: undefined })}>
          <span className="counter-value">{counts.data?.dueSoon ?? '…'}</span> {t('tasks.dueSoon', { days: SOON_DAYS })}
        </button>
      </li>
      <li>
        <button
          type="button"
          className="counter counter-danger"
          onClick={() => onFilter({ overdue: true, status: undefined })}
        >
          <span className="counter-value">{counts.data?.overdue ?? '…'}</span> {t('tasks.overdue')}
        </button>
      </li>
      <li>
        <button type="button" className="counter" onClick={() => onFilter({ status: 'claimed', overdue: undefined })}>
          <span className="counter-value">{counts.data?.mine ?? '…'}</span> {t('tasks.mine')}
        </button>
      </li>
    </ul>
  );
}
