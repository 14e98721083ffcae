import { useMutation } from '@tanstack/react-query';
import { Appraisals } from '../../api/appraisals';
import type { Task } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../dates';
import { DeadlineClock } from '../../ui/deadline-clock';
import { Alert, ErrorState } from '../../ui/states';

/** The task's deadline (paused while the applicant supplements), escalation, and claim or unclaim. */
export function TaskDeadline({
  task,
  userId,
  paused,
  pausedUntil,
  onChanged,
}: {
  task: Task;
  userId: string;
  paused: boolean | undefined;
  pausedUntil: string | undefined;
  onChanged: () => unknown;
}) {
  const { t } = useI18n();
  const claim = useMutation({
    mutationFn: (take: boolean) => (take ? Appraisals.claim(task.taskId) : Appraisals.unclaim(task.taskId)),
    onSuccess: onChanged,
  });
  return (
    <section className="card" aria-labelledby="deadline-title">
      <h2 className="section-title" id="deadline-title">
        {t('deadline.title')}
      </h2>
      {task.status === 'DONE' ? (
        <p>{t('task.doneAt', { date: date(task.completedAt) })}</p>
      ) : (
        <DeadlineClock due={task.dueAt} paused={paused} pausedUntil={pausedUntil} />
      )}
      {task.escalatedAt && <Alert kind="warning">{t('task.escalated')}</Alert>}
      {task.status === 'OPEN' && (
        <div className="form-actions">
          {!task.claimedBy && (
            <button type="button" className="btn btn-secondary" onClick={() => claim.mutate(true)}>
              {t('tasks.claim')}
            </button>
          )}
          {task.claimedBy === userId && (
            <>
              <span className="muted">{t('tasks.claimedByMe')}</span>
              <button type="button" className="btn btn-ghost" onClick={() => claim.mutate(false)}>
                {t('tasks.unclaim')}
              </button>
            </>
          )}
          {task.claimedBy && task.claimedBy !== userId && <span className="muted">{t('tasks.claimedByOther')}</span>}
        </div>
      )}
      {claim.isError && <ErrorState error={claim.error} />}
    </section>
  );
}
