import { formatDong } from '@kc/domain';
import type { LinesOf } from './timeline-line';

/** The decisions that approve, pay or end the dossier. */
export const decisionLines: LinesOf<
  | 'ApplicationRefused'
  | 'ApplicationRejected'
  | 'ApplicationApproved'
  | 'DisbursementRecorded'
  | 'ApplicationCompleted'
  | 'ApplicationCancelled'
  | 'ApplicationExpired'
> = {
  ApplicationRefused: (e) => ({ vi: `Từ chối tiếp nhận: ${e.reason}`, en: `Refused: ${e.reason}` }),
  ApplicationRejected: (e) => ({ vi: `Không phê duyệt: ${e.reason}`, en: `Rejected: ${e.reason}` }),
  ApplicationApproved: (e) => ({
    vi: `Phê duyệt hỗ trợ ${formatDong(e.amountVnd)}`,
    en: `Approved: ${e.amountVnd} VND`,
  }),
  DisbursementRecorded: (e) => ({ vi: `Giải ngân ${formatDong(e.amountVnd)}`, en: `Disbursed ${e.amountVnd} VND` }),
  ApplicationCompleted: () => ({ vi: 'Hoàn thành hỗ trợ', en: 'Completed' }),
  ApplicationCancelled: (e) => ({ vi: `Hủy hồ sơ: ${e.reason}`, en: `Cancelled: ${e.reason}` }),
  ApplicationExpired: (e) => ({ vi: `Hết hạn: ${e.reason}`, en: `Expired: ${e.reason}` }),
};
