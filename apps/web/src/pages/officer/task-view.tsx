// One task once loaded: the dossier, its documents, the history, the deadline and the actions it offers.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Appraisals } from '../../api/appraisals';
import { usePrograms } from '../../api/queries';
import type { ActionType, TaskDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { Badge } from '../../ui/badge';
import { PageHeader } from '../../ui/page-header';
import { StageName } from '../../ui/stage-name';
import { Alert } from '../../ui/states';
import { Timeline } from '../../ui/timeline';
import { TaskActions } from './task-actions';
import { TaskDeadline } from './task-deadline';
import { TaskDocuments } from './task-documents';
import { TaskSummary } from './task-summary';

/** Actions after which the same task still waits on this officer (the others end their part). */
const STAYS_OPEN: ActionType[] = ['REQUEST_SUPPLEMENT', 'DECLARE_CONFLICT'];

export function TaskView({ detail }: { detail: TaskDetail }) {
  const { t, pick } = useI18n();
  const session = useSession()!;
  const programs = usePrograms();
  const queryClient = useQueryClient();
  const { task, dossier: summary } = detail;
  const [done, setDone] = useState<ActionType | null>(null);
  const state = useQuery({
    queryKey: ['approval', task.applicationId],
    queryFn: () => Appraisals.approval(task.applicationId),
    enabled: task.status === 'OPEN',
    retry: false,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['task', task.taskId] }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['approval', task.applicationId] }),
    ]);
  const program = programs.data?.items.find((p) => p.code === task.programCode);
  const onDone = (type: ActionType) => () => {
    setDone(type);
    void refresh();
  };

  return (
    <>
      <PageHeader title={`${task.dossierCode} · ${pick(program?.nameVi, program?.nameEn) || task.programCode}`}>
        <Badge tone={task.status === 'DONE' ? 'completed' : 'in'}>
          <StageName stage={task.stage} />
        </Badge>
      </PageHeader>
      {done && <Alert kind="success">{t('actions.done', { action: t(`actions.type.${done}`) })}</Alert>}
      <div className="two-col">
        <TaskSummary task={task} summary={summary} />
        <TaskDeadline
          task={task}
          userId={session.user.id}
          paused={state.data?.awaitingSupplement}
          pausedUntil={state.data?.supplementDueAt}
          onChanged={refresh}
        />
      </div>

      {task.status === 'OPEN' && !(done && !STAYS_OPEN.includes(done)) && (
        <section className="card" aria-labelledby="actions-title" id="actions">
          <h2 className="section-title" id="actions-title">
            {t('task.actions')}
          </h2>
          {state.data?.awaitingSupplement && <Alert kind="info">{t('task.awaitingSupplement')}</Alert>}
          <TaskActions
            task={task}
            stateLoading={state.isPending && task.stage === 'COUNCIL_REVIEW'}
            conflict={state.data?.council.find((m) => m.userId === session.user.id)?.conflict}
            maxVnd={state.data?.maxSupportVnd}
            program={program}
            onDone={onDone}
          />
        </section>
      )}

      <TaskDocuments applicationId={task.applicationId} program={program} />
      <section className="card" aria-labelledby="history-title">
        <h2 className="section-title" id="history-title">
          {t('task.history')}
        </h2>
        <Timeline lines={detail.timeline} />
      </section>
    </>
  );
}
