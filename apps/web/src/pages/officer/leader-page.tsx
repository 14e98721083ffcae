import { useState } from 'react';
import { Link } from 'react-router';
import { vietnamDate } from '@kc/domain/calendar';
import { useQuery } from '@tanstack/react-query';
import { Appraisals } from '../../api/endpoints';
import { usePrograms } from '../../api/queries';
import type { Task } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { hasRole, useSession } from '../../session';
import { DeadlineClock } from '../../ui/deadline-clock';
import { PageHeader } from '../../ui/page-header';
import { StageName } from '../../ui/stage-name';
import { Empty, QueryView } from '../../ui/states';
import { BudgetForm } from './budget-form';

/** A leader's desk: approvals waiting with the money each programme has left, and escalated tasks. */
export default function LeaderPage() {
  const { t, pick } = useI18n();
  const session = useSession();
  const programs = usePrograms();
  const department = hasRole(session, 'DEPARTMENT_LEADER');
  const waiting = useQuery({
    queryKey: ['tasks', 'approvals'],
    queryFn: () => Appraisals.tasks({ stage: 'LEADER_APPROVAL', status: 'open', pageSize: 50 }),
    enabled: department,
    refetchInterval: 15_000,
  });
  // This year's budgets (Vietnam time): the ones approvals draw on now.
  const [year] = useState(() => Number(vietnamDate(new Date()).slice(0, 4)));
  const budgets = useQuery({
    queryKey: ['budgets', year],
    queryFn: () => Appraisals.budgets(year),
    enabled: department,
  });
  const escalated = useQuery({
    queryKey: ['tasks', 'escalated'],
    queryFn: () => Appraisals.tasks({ overdue: true, pageSize: 50 }),
  });
  const programName = (code: string) => {
    const p = programs.data?.items.find((x) => x.code === code);
    return p ? pick(p.nameVi, p.nameEn) : code;
  };
  const list = (tasks: Task[]) => (
    <ul className="task-list">
      {tasks.map((task) => (
        <li key={task.taskId} className="card task-row">
          <div className="dossier-main">
            <Link className="dossier-title" to={`/can-bo/nhiem-vu/${encodeURIComponent(task.taskId)}`}>
              {task.dossierCode} · {task.applicantName ?? '—'}
            </Link>
            <p className="dossier-meta">
              {programName(task.programCode)} · <StageName stage={task.stage} />
            </p>
            <DeadlineClock due={task.dueAt} />
          </div>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="page">
      <PageHeader title={t('leader.title')} />
      {department && (
        <>
          <section className="card" aria-labelledby="budget-title">
            <h2 className="section-title" id="budget-title">
              {t('leader.budgetsOf', { year })}
            </h2>
            <QueryView query={budgets}>
              {(b) =>
                b.items.length === 0 ? (
                  <Empty title={t('leader.noBudgets')} />
                ) : (
                  <div className="table-wrap">
                    <table className="table">
                      <caption className="sr-only">{t('leader.budgets')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('tasks.program')}</th>
                          <th scope="col">{t('leader.year')}</th>
                          <th scope="col">{t('leader.total')}</th>
                          <th scope="col">{t('leader.reserved')}</th>
                          <th scope="col">{t('leader.available')}</th>
                          <th scope="col">{t('leader.waiting')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {b.items.map((x) => (
                          <tr key={`${x.programCode}-${x.year}`}>
                            <th scope="row">{programName(x.programCode)}</th>
                            <td>{x.year}</td>
                            <td className="num">{money(x.totalVnd)}</td>
                            <td className="num">{money(x.reservedVnd)}</td>
                            <td className="num">
                              <strong>{money(x.availableVnd)}</strong>
                            </td>
                            <td className="num">{x.waiting}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )
              }
            </QueryView>
            <BudgetForm year={year} />
          </section>
          <section className="section" aria-labelledby="waiting-title">
            <h2 className="section-title" id="waiting-title">
              {t('leader.waitingApprovals')}
            </h2>
            <QueryView query={waiting}>
              {(w) => (w.items.length === 0 ? <Empty title={t('leader.noApprovals')} /> : list(w.items))}
            </QueryView>
          </section>
        </>
      )}
      <section className="section" aria-labelledby="escalated-title">
        <h2 className="section-title" id="escalated-title">
          {t('leader.escalated')}
        </h2>
        <QueryView query={escalated}>
          {(e) => (e.items.length === 0 ? <Empty title={t('leader.noEscalated')} /> : list(e.items))}
        </QueryView>
      </section>
    </div>
  );
}
