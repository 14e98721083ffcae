// The appraisals service routes: tasks and their actions, the approval state, budgets.
import { api } from './client';
import { enc, qs } from './query-string';
import type * as C from '@kc/contracts';
import type * as T from './types';

const R = '/api/appraisals';

export const Appraisals = {
  tasks: (q: C.TaskFilters) => api<C.Page<T.Task>>(`${R}/tasks?${qs({ ...q })}`),
  task: (taskId: string) => api<T.TaskDetail>(`${R}/tasks/${enc(taskId)}`),
  claim: (taskId: string) => api<T.Task>(`${R}/tasks/${enc(taskId)}/claim`, { method: 'POST' }),
  unclaim: (taskId: string) => api<T.Task>(`${R}/tasks/${enc(taskId)}/unclaim`, { method: 'POST' }),
  act: (taskId: string, action: T.OfficerAction) => {
    const { type, ...body } = action;
    const segment = type.toLowerCase().replace(/_/g, '-');
    return api<T.ActionResult>(`${R}/tasks/${enc(taskId)}/${segment}`, { method: 'POST', body });
  },
  approval: (applicationId: string) => api<T.ActionResult['state']>(`${R}/approvals/${enc(applicationId)}`),
  budgets: (year?: number) => api<C.BudgetList>(`${R}/budgets?${qs({ year })}`),
};
