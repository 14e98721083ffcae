import { domainRefusal as r } from '../refusals/domain-refusal';

/** The proposal and its approval: a positive amount within the ceiling, approved by someone else. */
export const amountRefusals = {
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
} as const;
