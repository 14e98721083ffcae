import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Applications, Appraisals } from '../../api/endpoints';
import { usePrograms, useUnitName } from '../../api/queries';
import type { ActionType, TaskDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { date, money } from '../../format';
import { useSession } from '../../session';
import { Badge } from '../../ui/badge';
import { Facts } from '../../ui/facts';
import { PageHeader } from '../../ui/page-header';
import { StageName } from '../../ui/stage-name';
import { DocumentViewer } from '../../ui/document-viewer';
import { Alert, QueryView } from '../../ui/states';
import { Timeline } from '../../ui/timeline';
import { TaskActions } from './task-actions';
import { TaskDeadline } from './task-deadline';

/** Actions after which the same task still waits on this officer (the others end their part). */
const STAYS_OPEN: ActionType[] = ['REQUEST_SUPPLEMENT', 'DECLARE_CONFLICT'];

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

function TaskView({ detail }: { detail: TaskDetail }) {
  const { t, pick } = useI18n();
  const session = useSession()!;
  const unitName = useUnitName();
  const programs = usePrograms();
  const queryClient = useQueryClient();
  const { task, dossier: summary } = detail;
  const [done, setDone] = useState<ActionType | null>(null);
  const dossier = useQuery({
    queryKey: ['officer-dossier', task.applicationId],
    queryFn: () => Applications.officerDossier(task.applicationId),
  });
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
  const nameOf = (code: string) => {
    const r = program?.requiredDocuments.find((x) => x.code === code);
    return r ? pick(r.nameVi, r.nameEn) : code;
  };
  const loadDocument = useCallback(
    (docId: string) => Applications.officerDocument(task.applicationId, docId),
    [task.applicationId],
  );
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
        <section className="card" aria-labelledby="summary-title">
          <h2 className="section-title" id="summary-title">
            {t('task.summary')}
          </h2>
          <Facts
            rows={[
              [t('task.applicant'), task.applicantName ?? '—'],
              [t('dossier.localUnit'), unitName(summary?.localUnitCode)],
              [t('dossier.cost'), money(summary?.eligibleCostVnd)],
              [t('dossier.proposed'), money(summary?.proposedSupportVnd)],
              [t('dossier.submittedAt'), date(summary?.submittedAt)],
              [t('dossier.expected'), date(summary?.expectedResultDate)],
            ]}
          />
        </section>
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

      <section className="card" aria-labelledby="docs-title">
        <h2 className="section-title" id="docs-title">
          {t('dossier.docsTitle')}
        </h2>
        <QueryView query={dossier}>
          {(d) => <DocumentViewer documents={d.documents} nameOf={nameOf} load={loadDocument} />}
        </QueryView>
      </section>
      <section className="card" aria-labelledby="history-title">
        <h2 className="section-title" id="history-title">
          {t('task.history')}
        </h2>
        <Timeline lines={detail.timeline} />
      </section>
    </>
  );
}
