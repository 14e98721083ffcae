/**
 * The support-request stage machine as pure functions, shared by the workflow's Update validators
 * (`validateAction`: wrong stage, wrong role or unit, missing reason, conflicted council member → rejected,
 * nothing changes) and handlers (`applyAction`: the next state and the events to publish).
 * Deterministic: no clock, no I/O, so `supportRequestWorkflow` can run it unchanged in Temporal's sandbox.
 */
import type { Actor, OfficerAction, SupportRequestState, Verdict } from './support-request.types';
import { localStages, stageNamesVi, stageRules } from './stage-rules';

const no = (reasonVi: string, reasonEn: string): Verdict => ({ ok: false, reasonVi, reasonEn });
const needsText = (text: string | undefined) => !text || text.trim().length < 5;

/** What the caller knows outside the workflow's state: who has claimed the stage's task in the inbox. */
export interface ActionContext {
  /** The officer holding the task this action completes, when someone has claimed it. */
  claimedBy?: string | null;
}

export function validateAction(
  state: SupportRequestState,
  actor: Actor,
  action: OfficerAction,
  context: ActionContext = {},
): Verdict {
  if (isOperatorAction(action)) return validateOperatorAction(state, actor, action);
  const role = stageRules[state.stage]?.[action.type];
  if (!role)
    return no(
      `Bước ${stageNamesVi[state.stage] ?? state.stage} không có thao tác này.`,
      `${action.type} is not possible at ${state.stage}.`,
    );
  if (state.awaitingSupplement)
    return no('Hồ sơ đang chờ người nộp bổ sung.', 'The dossier is waiting for the applicant’s supplement.');
  if (!actor.roles.includes(role))
    return no('Bạn không có vai trò thực hiện thao tác này.', `${action.type} needs the role ${role}.`);
  if (localStages.includes(state.stage) && actor.unitCode !== state.localUnitCode) {
    return no('Hồ sơ thuộc đơn vị khác.', `The dossier belongs to unit ${state.localUnitCode}.`);
  }
  if (state.assigneeId && state.assigneeId !== actor.userId)
    return no('Nhiệm vụ đã được giao cho cán bộ khác.', 'The task is assigned to another officer.');
  // A claim binds every way of acting on the dossier, not only the inbox's task routes.
  if (context.claimedBy && context.claimedBy !== actor.userId)
    return no('Nhiệm vụ đang do cán bộ khác xử lý.', 'Another officer has claimed this task.');
  switch (action.type) {
    case 'REFUSE':
    case 'RETURN_TO_LOCAL':
    case 'DECLINE':
      return needsText(action.reason)
        ? no('Cần nêu lý do (ít nhất 5 ký tự).', 'A reason of at least 5 characters is required.')
        : { ok: true };
    case 'RECOMMEND':
    case 'RECORD_ACCEPTANCE':
      return needsText(action.note)
        ? no('Cần ghi nhận xét (ít nhất 5 ký tự).', 'A note of at least 5 characters is required.')
        : { ok: true };
    case 'REQUEST_SUPPLEMENT':
      return action.items.length === 0 || action.items.some((i) => needsText(i.reasonVi))
        ? no(
            'Cần liệt kê tài liệu cần bổ sung, mỗi tài liệu kèm lý do.',
            'List the documents to supplement, each with a reason.',
          )
        : { ok: true };
    case 'PROPOSE_AMOUNT':
      if (!Number.isSafeInteger(action.amountVnd) || action.amountVnd <= 0)
        return no(
          'Số tiền đề xuất phải là số nguyên dương (đồng).',
          'The amount must be a positive whole number of VND.',
        );
      return action.amountVnd > state.maxSupportVnd
        ? no(
            `Số tiền đề xuất vượt mức tối đa theo quy định (${state.maxSupportVnd} đồng).`,
            `The amount exceeds the rule's maximum of ${state.maxSupportVnd} VND.`,
          )
        : { ok: true };
    case 'DECLARE_CONFLICT':
    case 'VOTE':
      return validateCouncilMember(state, actor, action);
    case 'APPROVE':
      if (state.budget === 'WAITLISTED')
        return no(
          'Hồ sơ đã được phê duyệt và đang chờ bố trí ngân sách.',
          'Already approved; waiting for the programme’s budget.',
        );
      return actor.userId === state.appraiserId
        ? no('Người thẩm định không được tự phê duyệt hồ sơ.', 'The appraiser of a dossier may not approve it.')
        : { ok: true };
    case 'RECORD_DISBURSEMENT':
      if (!Number.isSafeInteger(action.amountVnd) || action.amountVnd <= 0)
        return no('Số tiền giải ngân phải là số nguyên dương.', 'The amount must be a positive whole number of VND.');
      return state.disbursedVnd + action.amountVnd > (state.acceptedAmountVnd ?? 0)
        ? no('Tổng giải ngân vượt số tiền được duyệt.', 'Disbursements would exceed the approved amount.')
        : { ok: true };
    default:
      return { ok: true };
  }
}

function validateCouncilMember(state: SupportRequestState, actor: Actor, action: OfficerAction): Verdict {
  const member = state.council.find((m) => m.userId === actor.userId);
  if (!member) return no('Bạn không thuộc hội đồng của hồ sơ này.', 'You are not on this dossier’s council.');
  if (action.type === 'DECLARE_CONFLICT') {
    return member.conflict === undefined
      ? { ok: true }
      : no('Bạn đã khai báo xung đột lợi ích.', 'You have already declared.');
  }
  if (member.conflict === undefined)
    return no('Cần khai báo xung đột lợi ích trước khi chấm.', 'Declare conflicts of interest before voting.');
  if (member.conflict)
    return no(
      'Thành viên có xung đột lợi ích không được chấm hồ sơ này.',
      'A member with a conflict of interest may not vote.',
    );
  return member.vote === undefined ? { ok: true } : no('Bạn đã bỏ phiếu.', 'You have already voted.');
}

const FINAL: readonly string[] = ['COMPLETED', 'REFUSED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'CANCELLED'];
type OperatorAction = Extract<OfficerAction, { type: 'REASSIGN' | 'EXTEND_DEADLINE' | 'CANCEL' }>;

/** The dossier has reached an end state; nothing more happens to it. */
export function isFinalStage(stage: string): boolean {
  return FINAL.includes(stage);
}

export function isOperatorAction(action: OfficerAction): action is OperatorAction {
  return action.type === 'REASSIGN' || action.type === 'EXTEND_DEADLINE' || action.type === 'CANCEL';
}

/** Operators reassign a stage's task, extend its deadline or cancel the dossier, always with a reason. */
function validateOperatorAction(state: SupportRequestState, actor: Actor, action: OperatorAction): Verdict {
  if (!actor.roles.includes('OPERATOR'))
    return no('Chỉ cán bộ vận hành được thực hiện thao tác này.', `${action.type} needs the role OPERATOR.`);
  if (isFinalStage(state.stage)) return no('Hồ sơ đã kết thúc xử lý.', `The dossier has ended (${state.stage}).`);
  if (needsText(action.reason))
    return no('Cần nêu lý do (ít nhất 5 ký tự).', 'A reason of at least 5 characters is required.');
  switch (action.type) {
    case 'REASSIGN':
      if (!stageRules[state.stage] || state.stage === 'COUNCIL_REVIEW')
        return no(
          'Bước này không có nhiệm vụ giao được cho một cán bộ.',
          `${state.stage} has no single task to reassign.`,
        );
      return action.assigneeId.trim() ? { ok: true } : no('Cần chọn cán bộ nhận nhiệm vụ.', 'Name the new assignee.');
    case 'EXTEND_DEADLINE':
      if (!Number.isInteger(action.workingDays) || action.workingDays < 1 || action.workingDays > 30)
        return no('Số ngày gia hạn phải từ 1 đến 30 ngày làm việc.', 'Extend by 1 to 30 working days.');
      return state.dueAt
        ? { ok: true }
        : no('Bước hiện tại không có thời hạn để gia hạn.', 'The current stage has no running deadline to extend.');
    case 'CANCEL':
      return { ok: true };
  }
}
