import { useQuery } from '@tanstack/react-query';
import { Appraisals } from '../../api/appraisals';
import { useI18n } from '../../i18n/i18n';
import { hasRole, useSession } from '../../session';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';
import { BudgetsSection } from './budgets-section';
import { LeaderTaskList } from './leader-task-list';

/** A leader's desk: approvals waiting with the money each programme has left, and escalated tasks. */
export default function LeaderPage() {
  const { t } = useI18n();
  const session = useSession();
  const department = hasRole(session, 'DEPARTMENT_LEADER');
  const waiting = useQuery({
    queryKey: ['tasks', 'approvals'],
    queryFn: () => Appraisals.tasks({ stage: 'LEADER_APPROVAL', status: 'open', pageSize: 50 }),
    enabled: department,
    refetchInterval: 15_000,
  });
  const escalated = useQuery({
    queryKey: ['tasks', 'escalated'],
    queryFn: () => Appraisals.tasks({ overdue: true, pageSize: 50 }),
  });
  return (
    <div className="page">
      <PageHeader title={t('leader.title')} />
      {department && (
        <>
          <BudgetsSection />
          <section className="section" aria-labelledby="waiting-title">
            <h2 className="section-title" id="waiting-title">
              {t('leader.waitingApprovals')}
            </h2>
            <QueryView query={waiting}>
              {(w) =>
                w.items.length === 0 ? <Empty title={t('leader.noApprovals')} /> : <LeaderTaskList tasks={w.items} />
              }
            </QueryView>
          </section>
        </>
      )}
      <section className="section" aria-labelledby="escalated-title">
        <h2 className="section-title" id="escalated-title">
          {t('leader.escalated')}
        </h2>
        <QueryView query={escalated}>
          {(e) =>
            e.items.length === 0 ? <Empty title={t('leader.noEscalated')} /> : <LeaderTaskList tasks={e.items} />
          }
        </QueryView>
      </section>
    </div>
  );
}
