import { formatDong } from '@kc/domain';
import { en, vi, withNote, type LinesOf } from './timeline-line';

/** The dossier's way through the stages and the decisions that end it. */
export const decisionLines: LinesOf<
  | 'StageChanged'
  | 'SupplementRequested'
  | 'ApplicationRefused'
  | 'ApplicationRejected'
  | 'ApplicationApproved'
  | 'DisbursementRecorded'
  | 'ApplicationCompleted'
  | 'ApplicationCancelled'
  | 'ApplicationExpired'
> = {
  StageChanged: (e) =>
    e.from === e.to
      ? { vi: withNote(`Hồ sơ vào bước ${vi(e.to)}`, e.note), en: withNote(`Dossier entered ${en(e.to)}`, e.note) }
      : {
          vi: withNote(`Chuyển từ bước ${vi(e.from)} sang ${vi(e.to)}`, e.note),
          en: withNote(`Moved from ${en(e.from)} to ${en(e.to)}`, e.note),
        },
  SupplementRequested: (e) => ({
    vi: `Yêu cầu bổ sung: ${e.items.map((i) => `${i.documentCode} (${i.reasonVi})`).join('; ')}`,
    en: `Supplement requested: ${e.items.map((i) => i.documentCode).join(', ')}`,
  }),
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
