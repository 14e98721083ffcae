import type { LinesOf } from './timeline-line';

/** The council's and the tasks' part: members done, councils seated or dissolved, tasks handed over. */
export const councilLines: LinesOf<'TaskDone' | 'CouncilSeated' | 'CouncilDissolved' | 'TaskReassigned'> = {
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
};
