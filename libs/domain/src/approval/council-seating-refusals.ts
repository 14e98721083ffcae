import { domainRefusal as r } from '../refusals/domain-refusal';

/** Every way seating a dossier's council is refused: a code, then the texts people read. */
export const councilRefusals = {
  appraiserOnly: r(
    'ROLE_NOT_ALLOWED',
    'Chỉ cán bộ thẩm định của Sở được thành lập Hội đồng.',
    'Only a Department appraiser may seat the council.',
  ),
  notSeatable: r(
    'COUNCIL_NOT_SEATABLE',
    'Hồ sơ không ở bước chờ thành lập Hội đồng xét duyệt.',
    'The dossier is not at a stage where its council can be seated.',
  ),
  claimedByOther: r(
    'TASK_CLAIMED_BY_OTHER',
    'Nhiệm vụ đang do cán bộ khác xử lý.',
    'Another officer has claimed this task.',
  ),
  voteUnderWay: r(
    'COUNCIL_VOTE_UNDER_WAY',
    'Hội đồng đã bắt đầu bỏ phiếu, không thể thay đổi thành viên.',
    'The council has started voting; its members cannot change.',
  ),
  size: (min: number, max: number) =>
    r(
      'COUNCIL_SIZE',
      `Hội đồng cần từ ${min} đến ${max} thành viên.`,
      `A council needs between ${min} and ${max} members.`,
    ),
  duplicate: r(
    'COUNCIL_DUPLICATE_MEMBER',
    'Mỗi thành viên chỉ được chọn một lần.',
    'A member may be seated only once.',
  ),
  notCouncilMembers: (ids: readonly string[]) =>
    r(
      'NOT_COUNCIL_MEMBERS',
      `Tài khoản không có trong danh bạ với vai trò thành viên Hội đồng: ${ids.join(', ')}.`,
      `Not in the directory with the council member role: ${ids.join(', ')}.`,
    ),
} as const;
