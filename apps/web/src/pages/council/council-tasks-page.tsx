import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Ocop } from '../../api/ocop';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';

/** A council member's OCOP seats: declare conflicts, then score; closed councils stay readable. */
export default function CouncilTasksPage() {
  const { t } = useI18n();
  const tasks = useQuery({ queryKey: ['council-tasks'], queryFn: () => Ocop.councilTasks(), refetchInterval: 15_000 });
  return (
    <div className="page">
      <PageHeader title={t('council.title')} />
      <p className="muted">{t('council.intro')}</p>
      <QueryView query={tasks}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('council.empty')} />
          ) : (
            <ul className="task-list" data-testid="council-list">
              {data.items.map((task) => (
                <li key={`${task.evaluationId}-${task.level}`} className="card task-row">
                  <div className="dossier-main">
                    <Link className="dossier-title" to={`/hoi-dong/${task.evaluationId}`}>
                      {task.product.name}
                    </Link>
                    <p className="dossier-meta">
                      {task.product.subjectName} · {t(`ocop.level.${task.level}` as never)}
                    </p>
                  </div>
                  <div className="dossier-side">
                    <Badge tone={task.councilStatus === 'OPEN' ? 'in' : 'closed'}>
                      {task.councilStatus === 'OPEN' ? t('council.open') : t('council.closed')}
                    </Badge>
                    <span>{t(`council.next.${task.nextAction}`)}</span>
                    {task.mySheet && (
                      <span className="muted">{t('council.myTotal', { total: task.mySheet.total })}</span>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}
