import type { Stage } from '@kc/contracts';

/** How each stage reads on the applicant's timeline, and the status the applicant sees in it. */
export const StagePresentation: Readonly<Record<Stage, { vi: string; en: string; status: string }>> = {
  RECEPTION: { vi: 'Tiếp nhận và kiểm tra hồ sơ', en: 'Reception and completeness check', status: 'IN_REVIEW' },
  LOCAL_REVIEW: { vi: 'Xác minh tại địa phương', en: 'Local verification', status: 'IN_REVIEW' },
  DEPARTMENT_APPRAISAL: { vi: 'Sở Công Thương thẩm định', en: 'Department appraisal', status: 'IN_REVIEW' },
  COUNCIL_REVIEW: { vi: 'Hội đồng xét duyệt', en: 'Council review', status: 'IN_REVIEW' },
  LEADER_APPROVAL: { vi: 'Lãnh đạo Sở phê duyệt', en: 'Leader approval', status: 'IN_REVIEW' },
  IMPLEMENTATION: { vi: 'Triển khai thực hiện', en: 'Implementation', status: 'APPROVED' },
  ACCEPTANCE: { vi: 'Nghiệm thu', en: 'Acceptance (nghiệm thu)', status: 'APPROVED' },
  DISBURSEMENT: { vi: 'Giải ngân', en: 'Disbursement', status: 'APPROVED' },
  COMPLETED: { vi: 'Hoàn thành', en: 'Completed', status: 'COMPLETED' },
  REFUSED: { vi: 'Từ chối tiếp nhận', en: 'Refused at reception', status: 'CLOSED' },
  REJECTED: { vi: 'Không được phê duyệt', en: 'Rejected', status: 'CLOSED' },
  WITHDRAWN: { vi: 'Đã rút hồ sơ', en: 'Withdrawn', status: 'WITHDRAWN' },
  EXPIRED: { vi: 'Quá hạn bổ sung hồ sơ', en: 'Expired: supplement not received in time', status: 'CLOSED' },
  CANCELLED: { vi: 'Đã huỷ', en: 'Cancelled', status: 'CLOSED' },
};
