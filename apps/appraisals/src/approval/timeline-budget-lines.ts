import { formatDong } from '@kc/domain';
import type { LinesOf } from './timeline-line';

/** The programme's budget: reserved, waited for, given back. */
export const budgetLines: LinesOf<'BudgetReserved' | 'BudgetWaitlisted' | 'BudgetReleased'> = {
  BudgetReserved: (e) => ({
    vi: `Bố trí ngân sách năm ${e.year}: ${formatDong(e.amountVnd)}`,
    en: `Budget ${e.year} reserved`,
  }),
  BudgetWaitlisted: (e) => ({
    vi: `Chờ bố trí ngân sách năm ${e.year} (${formatDong(e.amountVnd)})`,
    en: `Waiting for ${e.year} budget`,
  }),
  BudgetReleased: (e) => ({
    vi: `Hoàn trả ngân sách ${formatDong(e.amountVnd)}`,
    en: `Budget released: ${e.amountVnd} VND`,
  }),
};
