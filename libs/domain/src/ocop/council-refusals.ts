/**
 * Why a human step on an OCOP evaluation is refused, Vietnamese first. Validators throw `vi / en`; the
 * ocop API splits it into `message` and `messageEn`.
 */
const m = (vi: string, en: string) => ({ vi, en });

export const ocopRefusals = {
  notInCouncil: m('Bạn không phải thành viên Hội đồng đang họp.', 'You are not a member of the sitting council.'),
  councilNotSitting: m('Không có Hội đồng nào đang họp.', 'No council is sitting.'),
  councilClosed: m('Hội đồng đã kết thúc, phiếu không thể thay đổi.', 'The council has closed; sheets cannot change.'),
  alreadyDeclared: m('Bạn đã khai báo xung đột lợi ích.', 'You have already declared your conflicts of interest.'),
  declareFirst: m(
    'Hãy khai báo xung đột lợi ích trước khi chấm điểm.',
    'Declare your conflicts of interest before scoring.',
  ),
  conflicted: m(
    'Bạn đã khai báo xung đột lợi ích nên không chấm sản phẩm này.',
    'You declared a conflict of interest, so you do not score this product.',
  ),
  invalidSheet: (problems: string) =>
    m(`Phiếu chấm không hợp lệ: ${problems}`, `The score sheet is invalid: ${problems}`),
  appraiserOnly: m(
    'Chỉ cán bộ thẩm định của Sở thực hiện được thao tác này.',
    'Only a Department appraiser may do this.',
  ),
  notAwaitingCouncil: m('Hồ sơ không chờ thành lập Hội đồng.', 'The evaluation is not waiting for a council.'),
  badMembers: m(
    'Hội đồng cần ít nhất một thành viên, không trùng lặp.',
    'A council needs at least one member, none twice.',
  ),
  notAwaitingReport: m('Hồ sơ không chờ báo cáo của UBND xã.', 'The evaluation is not waiting for a commune report.'),
  communeOfficerOnly: m(
    'Chỉ cán bộ UBND xã hoặc cán bộ thẩm định của Sở nộp được báo cáo này.',
    'Only a commune officer or a Department appraiser may submit this report.',
  ),
  otherCommune: m('Sản phẩm thuộc xã khác.', 'The product belongs to another commune.'),
  notAtCentral: m('Sản phẩm chưa được đề nghị lên Trung ương.', 'The product has not been proposed to central level.'),
} as const;

export function refusal(message: { vi: string; en: string }): Error {
  return new Error(`${message.vi} / ${message.en}`);
}
