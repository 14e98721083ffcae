import { domainRefusal as r } from '../refusals/domain-refusal';

/** A council member's part: on the council, conflicts declared first, one vote. */
export const voteRefusals = {
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
} as const;
