import type { AuthUser } from '@kc/auth';
import { httpError } from '@kc/platform';
import type { TasksRepository, TaskView } from './tasks.repository';

/** The task as this user may see it; a task of another unit or role answers 404, as if absent. */
export async function visibleTask(tasks: TasksRepository, user: AuthUser, taskId: string): Promise<TaskView> {
  const task = await tasks.findVisible(user, taskId);
  if (!task) throw httpError(404, 'Không tìm thấy nhiệm vụ.', 'No such task (or not yours to see).');
  return task;
}

/** A done task takes no claim and no action. */
export function ensureOpen(task: TaskView): void {
  if (task.status !== 'OPEN') throw httpError(409, 'Nhiệm vụ đã hoàn thành.', 'The task is already done.');
}
