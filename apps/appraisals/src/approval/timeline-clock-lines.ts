import type { LinesOf } from './timeline-line';

/** The stage's clock: extended, resumed, 75 % gone, overdue. */
export const clockLines: LinesOf<'DeadlineExtended' | 'DeadlineMoved' | 'SlaWarning' | 'SlaBreached'> = {
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
};
