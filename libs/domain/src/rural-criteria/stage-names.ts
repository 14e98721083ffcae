import type { RuralStage } from './rural-stages';

/** The one table of stage names for timelines, PDFs, refusals and the web. */
export const ruralStageNames: Readonly<Record<RuralStage, { vi: string; en: string }>> = {
  SELF_ASSESSMENT: { vi: 'xã tự đánh giá', en: 'commune self-assessment' },
  LOCAL_VERIFICATION: { vi: 'thẩm tra cấp huyện', en: 'district verification' },
  POWER_CONFIRMATION: { vi: 'xác nhận của Công ty Điện lực', en: 'power company confirmation' },
  SITE_INSPECTION: { vi: 'kiểm tra thực tế', en: 'site inspection' },
  DEPARTMENT_APPRAISAL: { vi: 'thẩm định của Sở', en: 'Department appraisal' },
  CONCLUSION: { vi: 'văn bản kết luận', en: 'written conclusion' },
  SUPPLEMENT: { vi: 'bổ sung hồ sơ', en: 'supplement' },
  PASSED: { vi: 'đạt', en: 'met' },
  NOT_MET: { vi: 'không đạt', en: 'not met' },
  REVOKED: { vi: 'đã thu hồi', en: 'revoked' },
  EXPIRED: { vi: 'quá hạn bổ sung', en: 'supplement overdue' },
  CANCELLED: { vi: 'đã hủy', en: 'cancelled' },
};
