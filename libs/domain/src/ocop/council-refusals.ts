import { domainRefusal as m, DomainRefusalError, type DomainRefusal } from '../refusals/domain-refusal';

/**
 * Why a human step on an OCOP evaluation is refused: a code, then the Vietnamese and English texts.
 * Validators throw them typed; the workflow sends them as failure details, the ocop API answers a 409.
 */
export const ocopRefusals = {
  notInCouncil: m(
    'NOT_IN_COUNCIL',
    'Bạn không phải thành viên Hội đồng đang họp.',
    'You are not a member of the sitting council.',
  ),
  councilNotSitting: m('COUNCIL_NOT_SITTING', 'Không có Hội đồng nào đang họp.', 'No council is sitting.'),
  councilClosed: m(
    'COUNCIL_CLOSED',
    'Hội đồng đã kết thúc, phiếu không thể thay đổi.',
    'The council has closed; sheets cannot change.',
  ),
  alreadyDeclared: m(
    'ALREADY_DECLARED',
    'Bạn đã khai báo xung đột lợi ích.',
    'You have already declared your conflicts of interest.',
  ),
  declareFirst: m(
    'DECLARE_CONFLICT_FIRST',
    'Hãy khai báo xung đột lợi ích trước khi chấm điểm.',
    'Declare your conflicts of interest before scoring.',
  ),
  conflicted: m(
    'CONFLICT_OF_INTEREST',
    'Bạn đã khai báo xung đột lợi ích nên không chấm sản phẩm này.',
    'You declared a conflict of interest, so you do not score this product.',
  ),
  invalidSheet: (problems: string) =>
    m('INVALID_SCORE_SHEET', `Phiếu chấm không hợp lệ: ${problems}`, `The score sheet is invalid: ${problems}`),
  appraiserOnly: m(
    'ROLE_NOT_ALLOWED',
    'Chỉ cán bộ thẩm định của Sở thực hiện được thao tác này.',
    'Only a Department appraiser may do this.',
  ),
  notAwaitingCouncil: m(
    'NOT_AWAITING_COUNCIL',
    'Hồ sơ không chờ thành lập Hội đồng.',
    'The evaluation is not waiting for a council.',
  ),
  badMembers: m(
    'INVALID_COUNCIL_MEMBERS',
    'Hội đồng cần ít nhất một thành viên, không trùng lặp.',
    'A council needs at least one member, none twice.',
  ),
  notAwaitingReport: m(
    'NOT_AWAITING_COMMUNE_REPORT',
    'Hồ sơ không chờ báo cáo của UBND xã.',
    'The evaluation is not waiting for a commune report.',
  ),
  communeOfficerOnly: m(
    'ROLE_NOT_ALLOWED',
    'Chỉ cán bộ UBND xã hoặc cán bộ thẩm định của Sở nộp được báo cáo này.',
    'Only a commune officer or a Department appraiser may submit this report.',
  ),
  otherCommune: m('UNIT_NOT_ALLOWED', 'Sản phẩm thuộc xã khác.', 'The product belongs to another commune.'),
  notAbandonable: m(
    'NOT_ABANDONABLE',
    'Chỉ dừng được lượt đánh giá đang chờ thành lập Hội đồng.',
    'Only a round waiting for a council can be abandoned.',
  ),
  abandonReasonRequired: (minLength: number) =>
    m(
      'ABANDON_REASON_REQUIRED',
      `Cần nêu lý do dừng lượt đánh giá (ít nhất ${minLength} ký tự).`,
      `Give the reason for abandoning the round (at least ${minLength} characters).`,
    ),
  notAtCentral: m(
    'NOT_AT_CENTRAL',
    'Sản phẩm chưa được đề nghị lên Trung ương.',
    'The product has not been proposed to central level.',
  ),
} as const;

/** A refusal to throw from a validator (the workflow turns it into a typed failure). */
export function refusal(refused: DomainRefusal): DomainRefusalError {
  return new DomainRefusalError(refused);
}
