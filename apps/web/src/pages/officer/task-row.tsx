import { Link } from 'react-router';
import { usePrograms } from '../../api/queries';
import type { Task } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { DeadlineClock } from '../../ui/deadline-clock';
import { StageName } from '../../ui/stage-name';

/** Whose the task is: done, claimed (by me or another officer) or open. */
function TaskState({ task, userId }: { task: Task; userId: string }) {
  const { t } = useI18n();
  if (task.status === 'DONE') return <Badge tone="completed">{t('tasks.statusDone')}</Badge>;
  if (task.claimedBy)
    return <Badge tone="in">{task.claimedBy === userId ? t('tasks.claimedByMe') : t('tasks.claimedByOther')}</Badge>;
  return <Badge tone="submitted">{t('tasks.statusOpen')}</Badge>;
}

/** One task of the inbox: the dossier, its stage and deadline, and claim or unclaim. */
export function TaskRow({
  task,
  userId,
  onClaim,
}: {
  task: Task;
  userId: string;
  onClaim: (task: Task, take: boolean) => void;
}) {
  const { t, pick } = useI18n();
  const program = usePrograms().data?.items.find((p) => p.code === task.programCode);
  const open = task.status === 'OPEN';
  return (
    <li className={`card task-row ${task.overdue ? 'task-overdue' : ''}`}>
      <div className="dossier-main">
        <Link className="dossier-title" to={`/can-bo/nhiem-vu/${encodeURIComponent(task.taskId)}`}>
          {task.dossierCode} · <StageName stage={task.stage} />
        </Link>
        <p className="dossier-meta">
          {task.applicantName ?? '—'} · {pick(program?.nameVi, program?.nameEn) || task.programCode}
        </p>
        {open && <DeadlineClock due={task.dueAt} />}
      </div>
      <div className="dossier-side">
        <TaskState task={task} userId={userId} />
        {task.overdue && <Badge tone="withdrawn">{t('tasks.overdue')}</Badge>}
        {open && !task.claimedBy && (
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => onClaim(task, true)}>
            {t('tasks.claim')}
            <span className="sr-only"> {task.dossierCode}</span>
          </button>
        )}
        {open && task.claimedBy === userId && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onClaim(task, false)}>
            {t('tasks.unclaim')}
            <span className="sr-only"> {task.dossierCode}</span>
          </button>
        )}
      </div>
    </li>
  );
}
