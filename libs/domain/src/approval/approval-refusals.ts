import { domainRefusal as r } from '../refusals/domain-refusal';
import { accessRefusals } from './access-refusals';
import { amountRefusals } from './amount-refusals';
import { disbursementRefusals } from './disbursement-refusals';
import { operatorRefusals } from './operator-refusals';
import type { ReasonField } from './procedure.types';
import { taskRefusals } from './task-refusals';
import { voteRefusals } from './vote-refusals';

/** Every way the approval procedure refuses an officer's action: a code, then the texts people read. */
export const approvalRefusals = {
  ...accessRefusals,
  ...taskRefusals,
  ...amountRefusals,
  ...disbursementRefusals,
  ...voteRefusals,
  ...operatorRefusals,
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
