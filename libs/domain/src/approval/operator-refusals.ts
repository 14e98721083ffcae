import type { Stage } from '@kc/contracts';
import { domainRefusal as r } from '../refusals/domain-refusal';

/** What an operator's reassignment or extension needs. */
export const operatorRefusals = {
  noTaskToReassign: (stage: Stage) =>
    r(
      'NO_TASK_TO_REASSIGN',
      'Bước này không có nhiệm vụ giao được cho một cán bộ.',
      `${stage} has no single task to reassign.`,
    ),
  assigneeNeeded: r('ASSIGNEE_REQUIRED', 'Cần chọn cán bộ nhận nhiệm vụ.', 'Name the new assignee.'),
  extensionOutOfRange: r(
    'EXTENSION_OUT_OF_RANGE',
    'Số ngày gia hạn phải từ 1 đến 30 ngày làm việc.',
    'Extend by 1 to 30 working days.',
  ),
  noDeadlineToExtend: r(
    'NO_DEADLINE_TO_EXTEND',
    'Bước hiện tại không có thời hạn để gia hạn.',
    'The current stage has no running deadline to extend.',
  ),
} as const;
