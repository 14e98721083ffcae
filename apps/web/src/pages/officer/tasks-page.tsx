import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { stagesWithTasks } from '@kc/domain/approval';
import { Appraisals, type TaskFilters } from '../../api/endpoints';
import { usePrograms } from '../../api/queries';
import type { Task } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { Badge, DeadlineClock, PageHeader, Pagination, StageName } from '../../ui/bits';
import { Empty, ErrorState, QueryView } from '../../ui/states';
import { stageLabels } from '@kc/domain/approval';

const PAGE_SIZE = 10;
const SOON_DAYS = 2;
const STAGES = stagesWithTasks;

/** The counts above the list: due soon, overdue, claimed by me (server totals, not the page's rows). */
function useCounts(userId: string) {
  return useQuery({
    queryKey: ['tasks', 'counts', userId],
    queryFn: async () => {
      const soon = new Date(Date.now() + SOON_DAYS * 86_400_000).toISOString();
      const [openSoon, claimedSoon, overdue, claimed] = await Promise.all([
        Appraisals.tasks({ status: 'open', dueBefore: soon, overdue: false, pageSize: 1 }),
        Appraisals.tasks({ status: 'claimed', dueBefore: soon, overdue: false, pageSize: 1 }),
        Appraisals.tasks({ overdue: true, pageSize: 1 }),
        Appraisals.tasks({ status: 'claimed', pageSize: 100 }),
      ]);
      return {
        dueSoon: openSoon.total + claimedSoon.total,
        overdue: overdue.total,
        mine: claimed.items.filter((t) => t.claimedBy === userId).length,
      };
    },
  });
}

/** An officer's (or council member's) task inbox: filters, counts, paging, claim and unclaim. */
export default function TasksPage() {
  const { t, lang, pick } = useI18n();
  const session = useSession()!;
  const programs = usePrograms();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<TaskFilters>({ page: 1 });
  const set = (patch: Partial<TaskFilters>) => setFilters({ ...filters, ...patch, page: patch.page ?? 1 });
  const tasks = useQuery({
    queryKey: ['tasks', filters],
    queryFn: () => Appraisals.tasks({ ...filters, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
  const counts = useCounts(session.user.id);
  const claim = useMutation({
    mutationFn: ({ task, take }: { task: Task; take: boolean }) =>
      take ? Appraisals.claim(task.taskId) : Appraisals.unclaim(task.taskId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });

  return (
    <div className="page">
      <PageHeader title={t('tasks.title')} />
      <ul className="counters" aria-label={t('tasks.counts')}>
        <li>
          <button type="button" className="counter" onClick={() => set({ overdue: false, status: undefined })}>
            <span className="counter-value">{counts.data?.dueSoon ?? '…'}</span>{' '}
            {t('tasks.dueSoon', { days: SOON_DAYS })}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="counter counter-danger"
            onClick={() => set({ overdue: true, status: undefined })}
          >
            <span className="counter-value">{counts.data?.overdue ?? '…'}</span> {t('tasks.overdue')}
          </button>
        </li>
        <li>
          <button type="button" className="counter" onClick={() => set({ status: 'claimed', overdue: undefined })}>
            <span className="counter-value">{counts.data?.mine ?? '…'}</span> {t('tasks.mine')}
          </button>
        </li>
      </ul>
      <form
        className="toolbar filters"
        aria-label={t('tasks.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          const code = new FormData(e.currentTarget).get('dossierCode')?.toString().trim().toUpperCase();
          set({ dossierCode: code || undefined });
        }}
      >
        <div className="field">
          <label htmlFor="f-code">{t('tasks.dossierCode')}</label>
          <div className="search-row">
            <input
              id="f-code"
              name="dossierCode"
              className="mono upper"
              placeholder="KC-2026-000123"
              defaultValue={filters.dossierCode}
            />
            <button type="submit" className="btn btn-secondary btn-sm">
              {t('tasks.search')}
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor="f-stage">{t('tasks.stage')}</label>
          <select
            id="f-stage"
            value={filters.stage ?? ''}
            onChange={(e) => set({ stage: e.target.value || undefined })}
          >
            <option value="">{t('tasks.all')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabels[s][lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-program">{t('tasks.program')}</label>
          <select
            id="f-program"
            value={filters.programCode ?? ''}
            onChange={(e) => set({ programCode: e.target.value || undefined })}
          >
            <option value="">{t('tasks.all')}</option>
            {programs.data?.items.map((p) => (
              <option key={p.code} value={p.code}>
                {pick(p.nameVi, p.nameEn)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">{t('tasks.status')}</label>
          <select
            id="f-status"
            value={filters.status ?? ''}
            onChange={(e) => set({ status: (e.target.value || undefined) as TaskFilters['status'] })}
          >
            <option value="">{t('tasks.all')}</option>
            <option value="open">{t('tasks.statusOpen')}</option>
            <option value="claimed">{t('tasks.statusClaimed')}</option>
            <option value="done">{t('tasks.statusDone')}</option>
          </select>
        </div>
        <div className="field-check">
          <label>
            <input
              type="checkbox"
              checked={filters.overdue === true}
              onChange={(e) => set({ overdue: e.target.checked || undefined })}
            />{' '}
            {t('tasks.onlyOverdue')}
          </label>
        </div>
      </form>
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
                  <li className={`card task-row ${task.overdue ? 'task-overdue' : ''}`} key={task.taskId}>
                    <div className="dossier-main">
                      <Link className="dossier-title" to={`/can-bo/nhiem-vu/${encodeURIComponent(task.taskId)}`}>
                        {task.dossierCode} · <StageName stage={task.stage} />
                      </Link>
                      <p className="dossier-meta">
                        {task.applicantName ?? '—'} ·{' '}
                        {pick(
                          programs.data?.items.find((p) => p.code === task.programCode)?.nameVi,
                          programs.data?.items.find((p) => p.code === task.programCode)?.nameEn,
                        ) || task.programCode}
                      </p>
                      {task.status === 'OPEN' && <DeadlineClock due={task.dueAt} />}
                    </div>
                    <div className="dossier-side">
                      {task.status === 'DONE' ? (
                        <Badge tone="completed">{t('tasks.statusDone')}</Badge>
                      ) : task.claimedBy ? (
                        <Badge tone="in">
                          {task.claimedBy === session.user.id ? t('tasks.claimedByMe') : t('tasks.claimedByOther')}
                        </Badge>
                      ) : (
                        <Badge tone="submitted">{t('tasks.statusOpen')}</Badge>
                      )}
                      {task.overdue && <Badge tone="withdrawn">{t('tasks.overdue')}</Badge>}
                      {task.status === 'OPEN' && !task.claimedBy && (
                        <button
                          type="button"
                          className="btn btn-secondary btn-sm"
                          onClick={() => claim.mutate({ task, take: true })}
                        >
                          {t('tasks.claim')}
                          <span className="sr-only"> {task.dossierCode}</span>
                        </button>
                      )}
                      {task.status === 'OPEN' && task.claimedBy === session.user.id && (
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm"
                          onClick={() => claim.mutate({ task, take: false })}
                        >
                          {t('tasks.unclaim')}
                          <span className="sr-only"> {task.dossierCode}</span>
                        </button>
                      )}
                    </div>
                  </li>
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
