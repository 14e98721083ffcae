import type { Stage } from '@kc/contracts';
import { domainRefusal as r } from '../refusals/domain-refusal';
import type { ReasonField } from './procedure.types';
import { stageLabels } from './stage-labels';

/** Every way the approval procedure refuses an officer's action: a code, then the texts people read. */
export const approvalRefusals = {
  noSuchAction: (stage: Stage, action: string) =>
    r(
      'ACTION_NOT_AT_STAGE',
      `Bước ${stageLabels[stage]?.vi ?? stage} không có thao tác này.`,
      `${action} is not possible at ${stage}.`,
    ),
  awaitingSupplement: r(
    'AWAITING_SUPPLEMENT',
    'Hồ sơ đang chờ người nộp bổ sung.',
    'The dossier is waiting for the applicant’s supplement.',
  ),
  wrongRole: (action: string, roles: readonly string[]) =>
    r(
      'ROLE_NOT_ALLOWED',
      'Bạn không có vai trò thực hiện thao tác này.',
      `${action} needs the role ${roles.join(' or ')}.`,
    ),
  operatorOnly: (action: string) =>
    r('ROLE_NOT_ALLOWED', 'Chỉ cán bộ vận hành được thực hiện thao tác này.', `${action} needs the role OPERATOR.`),
  otherUnit: (unitCode: string) =>
    r('UNIT_NOT_ALLOWED', 'Hồ sơ thuộc đơn vị khác.', `The dossier belongs to unit ${unitCode}.`),
  assignedToOther: r(
    'TASK_ASSIGNED_TO_OTHER',
    'Nhiệm vụ đã được giao cho cán bộ khác.',
    'The task is assigned to another officer.',
  ),
  claimedByOther: r(
    'TASK_CLAIMED_BY_OTHER',
    'Nhiệm vụ đang do cán bộ khác xử lý.',
    'Another officer has claimed this task.',
  ),
  approvalInProgress: r('APPROVAL_IN_PROGRESS', 'Đang xử lý phê duyệt hồ sơ.', 'An approval is being processed.'),
  amountNotPositive: r(
    'AMOUNT_NOT_POSITIVE',
    'Số tiền đề xuất phải là số nguyên dương (đồng).',
    'The amount must be a positive whole number of VND.',
  ),
  amountAboveCeiling: (maxVnd: number) =>
    r(
      'AMOUNT_ABOVE_CEILING',
      `Số tiền đề xuất vượt mức tối đa theo quy định (${maxVnd} đồng).`,
      `The amount exceeds the rule's maximum of ${maxVnd} VND.`,
    ),
  notOnCouncil: r(
    'NOT_ON_COUNCIL',
    'Bạn không thuộc hội đồng của hồ sơ này.',
    'You are not on this dossier’s council.',
  ),
  alreadyDeclared: r('ALREADY_DECLARED', 'Bạn đã khai báo xung đột lợi ích.', 'You have already declared.'),
  declareFirst: r(
    'DECLARE_CONFLICT_FIRST',
    'Cần khai báo xung đột lợi ích trước khi chấm.',
    'Declare conflicts of interest before voting.',
  ),
  conflicted: r(
    'CONFLICT_OF_INTEREST',
    'Thành viên có xung đột lợi ích không được chấm hồ sơ này.',
    'A member with a conflict of interest may not vote.',
  ),
  alreadyVoted: r('ALREADY_VOTED', 'Bạn đã bỏ phiếu.', 'You have already voted.'),
  awaitingBudget: r(
    'AWAITING_BUDGET',
    'Hồ sơ đã được phê duyệt và đang chờ bố trí ngân sách.',
    'Already approved; waiting for the programme’s budget.',
  ),
  appraiserMayNotApprove: r(
    'APPRAISER_MAY_NOT_APPROVE',
    'Người thẩm định không được tự phê duyệt hồ sơ.',
    'The appraiser of a dossier may not approve it.',
  ),
  disbursementNotPositive: r(
    'AMOUNT_NOT_POSITIVE',
    'Số tiền giải ngân phải là số nguyên dương.',
    'The amount must be a positive whole number of VND.',
  ),
  disbursementAboveApproved: r(
    'DISBURSEMENT_ABOVE_APPROVED',
    'Tổng giải ngân vượt số tiền được duyệt.',
    'Disbursements would exceed the approved amount.',
  ),
  dossierEnded: (stage: Stage) => r('DOSSIER_ENDED', 'Hồ sơ đã kết thúc xử lý.', `The dossier has ended (${stage}).`),
  noTaskToReassign: (stage: Stage) =>
    r(
      'NO_TASK_TO_REASSIGN',
      'Bước này không có nhiệm vụ giao được cho một cán bộ.',
      `${stage} has no single task to reassign.`,
    ),
  assigneeNeeded: r('ASSIGNEE_REQUIRED', 'Cần chọn cán bộ nhận nhiệm vụ.', 'Name the new assignee.'),
  extensionOutOfRange: r(
    'EXTENSION_OUT_OF_RANGE',
    'Số ngày gia hạn phải từ 1 đến 30 ngày làm việc.',
    'Extend by 1 to 30 working days.',
  ),
  noDeadlineToExtend: r(
    'NO_DEADLINE_TO_EXTEND',
    'Bước hiện tại không có thời hạn để gia hạn.',
    'The current stage has no running deadline to extend.',
  ),
} as const;

/** The refusal for a reason field the procedure table says an action needs and the officer left out. */
export const missingField: Readonly<Record<ReasonField, ReturnType<typeof r>>> = {
  reason: r('REASON_REQUIRED', 'Cần nêu lý do (ít nhất 5 ký tự).', 'A reason of at least 5 characters is required.'),
  note: r('NOTE_REQUIRED', 'Cần ghi nhận xét (ít nhất 5 ký tự).', 'A note of at least 5 characters is required.'),
  items: r(
    'SUPPLEMENT_ITEMS_REQUIRED',
    'Cần liệt kê tài liệu cần bổ sung, mỗi tài liệu kèm lý do.',
    'List the documents to supplement, each with a reason.',
  ),
};
