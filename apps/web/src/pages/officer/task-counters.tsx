import { useQuery } from '@tanstack/react-query';
import { Appraisals } from '../../api/appraisals';
import type { TaskFilters } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';

export const SOON_DAYS = 2;

/** The counts above the list: due soon, overdue, claimed by me (server totals, not the page's rows). */
function useCounts(userId: string) {
  return useQuery({
    queryKey: ['tasks', 'counts', userId],
    queryFn: async () => {
      const soon = new Date(Date.now() + SOON_DAYS * 86_400_000).toISOString();
      const [openSoon, claimedSoon, overdue, claimed] = await Promise.all([
        Appraisals.tasks({ status: 'open', dueBefore: soon, overdue: false, pageSize: 1 }),
        Appraisals.tasks({ status: 'claimed', dueBefore: soon, overdue: false, pageSize: 1 }),
        Appraisals.tasks({ overdue: true, pageSize: 1 }),
        Appraisals.tasks({ status: 'claimed', pageSize: 100 }),
      ]);
      return {
        dueSoon: openSoon.total + claimedSoon.total,
        overdue: overdue.total,
        mine: claimed.items.filter((t) => t.claimedBy === userId).length,
      };
    },
  });
}

/** Each count is also a button that filters the list to what it counts. */
export function TaskCounters({ userId, onFilter }: { userId: string; onFilter: (patch: TaskFilters) => void }) {
  const { t } = useI18n();
  const counts = useCounts(userId);
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
