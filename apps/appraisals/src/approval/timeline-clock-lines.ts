import { formatDong } from '@kc/domain';
import type { LinesOf } from './timeline-line';

/** The stage's clock and the programme's budget. */
export const clockLines: LinesOf<
  | 'DeadlineExtended'
  | 'DeadlineMoved'
  | 'SlaWarning'
  | 'SlaBreached'
  | 'BudgetReserved'
  | 'BudgetWaitlisted'
  | 'BudgetReleased'
> = {
  DeadlineExtended: (e) => ({
    vi: `Gia hạn ${e.workingDays} ngày làm việc: ${e.reason}`,
    en: `Deadline extended by ${e.workingDays} working days: ${e.reason}`,
  }),
  DeadlineMoved: () => ({
    vi: 'Tiếp tục tính thời hạn sau khi nhận hồ sơ bổ sung',
    en: 'Clock resumed after supplement',
  }),
  SlaWarning: () => ({ vi: 'Cảnh báo: đã dùng 75% thời hạn của bước', en: '75 % of the stage’s time used' }),
  SlaBreached: () => ({
    vi: 'Quá hạn xử lý, đã báo cáo lãnh đạo đơn vị',
    en: 'Overdue; escalated to the unit’s leader',
  }),
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
