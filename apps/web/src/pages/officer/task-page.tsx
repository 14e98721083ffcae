import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Appraisals } from '../../api/appraisals';
import { useI18n } from '../../i18n/i18n';
import { QueryView } from '../../ui/states';
import { TaskView } from './task-view';

/** One task: the dossier, its documents, the history, the deadline and the actions the task offers. */
export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { t } = useI18n();
  const detail = useQuery({ queryKey: ['task', taskId], queryFn: () => Appraisals.task(taskId) });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/can-bo">‹ {t('tasks.title')}</Link>
      </p>
      <QueryView query={detail}>{(d) => <TaskView key={d.task.taskId} detail={d} />}</QueryView>
    </div>
  );
}
