import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Appraisals } from '../../api/appraisals';
import type { TaskFilters } from '@kc/contracts';
import type { Task } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { PageHeader } from '../../ui/page-header';
import { Pagination } from '../../ui/pagination';
import { Empty, ErrorState, QueryView } from '../../ui/states';
import { TaskCounters } from './task-counters';
import { TaskFilterForm } from './task-filters';
import { TaskRow } from './task-row';

const PAGE_SIZE = 10;

/** An officer's (or council member's) task inbox: filters, counts, paging, claim and unclaim. */
export default function TasksPage() {
  const { t } = useI18n();
  const session = useSession()!;
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<TaskFilters>({ page: 1 });
  const set = (patch: Partial<TaskFilters>) => setFilters({ ...filters, ...patch, page: patch.page ?? 1 });
  const tasks = useQuery({
    queryKey: ['tasks', filters],
    queryFn: () => Appraisals.tasks({ ...filters, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
  const claim = useMutation({
    mutationFn: ({ task, take }: { task: Task; take: boolean }) =>
      take ? Appraisals.claim(task.taskId) : Appraisals.unclaim(task.taskId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });

  return (
    <div className="page">
      <PageHeader title={t('tasks.title')} />
      <TaskCounters userId={session.user.id} onFilter={set} />
      <TaskFilterForm filters={filters} onFilter={set} />
      {claim.isError && <ErrorState error={claim.error} />}
      <QueryView query={tasks}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('tasks.empty')}>
              <p>{t('tasks.emptyText')}</p>
            </Empty>
          ) : (
            <>
              <ul className="task-list" data-testid="task-list">
                {data.items.map((task) => (
                  <TaskRow
                    key={task.taskId}
                    task={task}
                    userId={session.user.id}
                    onClaim={(task, take) => claim.mutate({ task, take })}
                  />
                ))}
              </ul>
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPage={(page) => set({ page })}
              />
            </>
          )
        }
      </QueryView>
    </div>
  );
}
