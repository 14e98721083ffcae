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

type Line = Omit<TimelineLine, 'kind'>;

/** One line per event kind, as an officer reads it on the task's timeline (Vietnamese and English). */
const lines: { [K in StageEvent['type']]: (e: Extract<StageEvent, { type: K }>) => Line } = {
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
  // The timeline is read by every officer of the dossier while the council sits: a vote's direction
  // stays out of it (votes are secret until the council closes; the approval state shows them then).
  TaskDone: (e) =>
    e.outcome.startsWith('VOTE_')
      ? { vi: `Thành viên hội đồng ${e.assigneeId} đã bỏ phiếu`, en: `Council member ${e.assigneeId} voted` }
      : {
          vi: `Thành viên hội đồng ${e.assigneeId} đã hoàn thành (${e.outcome})`,
          en: `Council member ${e.assigneeId} done (${e.outcome})`,
        },
  CouncilSeated: (e) => ({
    vi: `Thành lập Hội đồng xét duyệt gồm ${e.memberIds.length} thành viên: ${e.memberIds.join(', ')}`,
    en: `Council seated with ${e.memberIds.length} members: ${e.memberIds.join(', ')}`,
  }),
  CouncilDissolved: (e) => ({
    vi: `Giải thể Hội đồng xét duyệt: ${e.note}`,
    en: 'Council dissolved without quorum; another council is to be seated (the stage’s deadline stands)',
  }),
  TaskReassigned: (e) => ({
    vi: `Giao lại nhiệm vụ cho ${e.assigneeId}: ${e.reason}`,
    en: `Task reassigned to ${e.assigneeId}: ${e.reason}`,
  }),
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

/** One workflow step event as a line on the task's timeline; the line's kind is the event's type. */
export function describeStageEvent(e: StageEvent): TimelineLine {
  const line = lines[e.type] as (e: StageEvent) => Line;
  return { kind: e.type, ...line(e) };
}
