import type { Stage } from '@kc/contracts';

/**
 * Each stage's name as applicants and notices show it, in Vietnamese and English: the applicant's
 * timeline and the notification templates read this one table, so a renamed stage reads the same in both.
 */
export const stageLabels: Readonly<Record<Stage, { vi: string; en: string }>> = {
  RECEPTION: { vi: 'Tiếp nhận và kiểm tra hồ sơ', en: 'Reception and completeness check' },
  LOCAL_REVIEW: { vi: 'Xác minh tại địa phương', en: 'Local verification' },
  DEPARTMENT_APPRAISAL: { vi: 'Sở Công Thương thẩm định', en: 'Department appraisal' },
  COUNCIL_REVIEW: { vi: 'Hội đồng xét duyệt', en: 'Council review' },
  LEADER_APPROVAL: { vi: 'Lãnh đạo Sở phê duyệt', en: 'Leader approval' },
  IMPLEMENTATION: { vi: 'Triển khai thực hiện', en: 'Implementation' },
  ACCEPTANCE: { vi: 'Nghiệm thu', en: 'Acceptance (nghiệm thu)' },
  DISBURSEMENT: { vi: 'Giải ngân', en: 'Disbursement' },
  COMPLETED: { vi: 'Hoàn thành', en: 'Completed' },
  REFUSED: { vi: 'Từ chối tiếp nhận', en: 'Refused at reception' },
  REJECTED: { vi: 'Không được phê duyệt', en: 'Rejected' },
  WITHDRAWN: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  EXPIRED: { vi: 'Quá hạn bổ sung hồ sơ', en: 'Expired: supplement not received in time' },
  CANCELLED: { vi: 'Đã huỷ', en: 'Cancelled' },
};
