import { domainRefusal as r } from '../refusals/domain-refusal';

/** Disbursements: positive, and together within the approved amount. */
export const disbursementRefusals = {
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
} as const;
