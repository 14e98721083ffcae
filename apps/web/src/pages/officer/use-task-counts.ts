import { useQuery } from '@tanstack/react-query';
import { Appraisals } from '../../api/appraisals';

export const SOON_DAYS = 2;

/** The counts above the list: due soon, overdue, claimed by me (server totals, not the page's rows). */
export function useTaskCounts(userId: string) {
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
