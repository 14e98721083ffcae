import type { Stage } from '@kc/contracts';
import { formatDong, stageLabels, type StageEvent } from '@kc/domain';

/** Stage names come from the one table every screen, notice and refusal reads. */
const vi = (stage: Stage) => stageLabels[stage].vi;
const en = (stage: Stage) => stageLabels[stage].en;
const withNote = (text: string, note: string | null | undefined) => (note ? `${text}: ${note}` : text);

export interface TimelineLine {
  kind: string;
  vi: string;
  en: string;
}

/** One workflow step event as a line an officer reads on the task's timeline (Vietnamese and English). */
export function describeStageEvent(e: StageEvent): TimelineLine {
  switch (e.type) {
    case 'StageChanged':
      return e.from === e.to
        ? { kind: e.type, vi: `Hồ sơ vào bước ${vi(e.to)}`, en: `Dossier entered ${en(e.to)}` }
        : {
            kind: e.type,
            vi: withNote(`Chuyển từ bước ${vi(e.from)} sang ${vi(e.to)}`, e.note),
            en: withNote(`Moved from ${en(e.from)} to ${en(e.to)}`, e.note),
          };
    case 'SupplementRequested':
      return {
        kind: e.type,
        vi: `Yêu cầu bổ sung: ${e.items.map((i) => `${i.documentCode} (${i.reasonVi})`).join('; ')}`,
        en: `Supplement requested: ${e.items.map((i) => i.documentCode).join(', ')}`,
      };
    case 'ApplicationRefused':
      return { kind: e.type, vi: `Từ chối tiếp nhận: ${e.reason}`, en: `Refused: ${e.reason}` };
    case 'ApplicationRejected':
      return { kind: e.type, vi: `Không phê duyệt: ${e.reason}`, en: `Rejected: ${e.reason}` };
    case 'ApplicationApproved':
      return { kind: e.type, vi: `Phê duyệt hỗ trợ ${formatDong(e.amountVnd)}`, en: `Approved: ${e.amountVnd} VND` };
    case 'DisbursementRecorded':
      return { kind: e.type, vi: `Giải ngân ${formatDong(e.amountVnd)}`, en: `Disbursed ${e.amountVnd} VND` };
    case 'ApplicationCompleted':
      return { kind: e.type, vi: 'Hoàn thành hỗ trợ', en: 'Completed' };
    case 'ApplicationCancelled':
      return { kind: e.type, vi: `Hủy hồ sơ: ${e.reason}`, en: `Cancelled: ${e.reason}` };
    case 'ApplicationExpired':
      return { kind: e.type, vi: `Hết hạn: ${e.reason}`, en: `Expired: ${e.reason}` };
    case 'TaskDone':
      // The timeline is read by every officer of the dossier while the council sits: a vote's direction
      // stays out of it (votes are secret until the council closes; the approval state shows them then).
      return e.outcome.startsWith('VOTE_')
        ? {
            kind: e.type,
            vi: `Thành viên hội đồng ${e.assigneeId} đã bỏ phiếu`,
            en: `Council member ${e.assigneeId} voted`,
          }
        : {
            kind: e.type,
            vi: `Thành viên hội đồng ${e.assigneeId} đã hoàn thành (${e.outcome})`,
            en: `Council member ${e.assigneeId} done (${e.outcome})`,
          };
    case 'TaskReassigned':
      return {
        kind: e.type,
        vi: `Giao lại nhiệm vụ cho ${e.assigneeId}: ${e.reason}`,
        en: `Task reassigned to ${e.assigneeId}: ${e.reason}`,
      };
    case 'DeadlineExtended':
      return {
        kind: e.type,
        vi: `Gia hạn ${e.workingDays} ngày làm việc: ${e.reason}`,
        en: `Deadline extended by ${e.workingDays} working days: ${e.reason}`,
      };
    case 'DeadlineMoved':
      return {
        kind: e.type,
        vi: 'Tiếp tục tính thời hạn sau khi nhận hồ sơ bổ sung',
        en: 'Clock resumed after supplement',
      };
    case 'SlaWarning':
      return { kind: e.type, vi: 'Cảnh báo: đã dùng 75% thời hạn của bước', en: '75 % of the stage’s time used' };
    case 'SlaBreached':
      return {
        kind: e.type,
        vi: 'Quá hạn xử lý, đã báo cáo lãnh đạo đơn vị',
        en: 'Overdue; escalated to the unit’s leader',
      };
    case 'BudgetReserved':
      return {
        kind: e.type,
        vi: `Bố trí ngân sách năm ${e.year}: ${formatDong(e.amountVnd)}`,
        en: `Budget ${e.year} reserved`,
      };
    case 'BudgetWaitlisted':
      return {
        kind: e.type,
        vi: `Chờ bố trí ngân sách năm ${e.year} (${formatDong(e.amountVnd)})`,
        en: `Waiting for ${e.year} budget`,
      };
    case 'BudgetReleased':
      return {
        kind: e.type,
        vi: `Hoàn trả ngân sách ${formatDong(e.amountVnd)}`,
        en: `Budget released: ${e.amountVnd} VND`,
      };
  }
}
