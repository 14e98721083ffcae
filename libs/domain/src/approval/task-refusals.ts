import type { Stage } from '@kc/contracts';
import { domainRefusal as r } from '../refusals/domain-refusal';

/** The task as it stands: assigned or claimed by someone else, an approval under way, the dossier ended. */
export const taskRefusals = {
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
  dossierEnded: (stage: Stage) => r('DOSSIER_ENDED', 'Hồ sơ đã kết thúc xử lý.', `The dossier has ended (${stage}).`),
} as const;
