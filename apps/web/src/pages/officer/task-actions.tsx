import type { ActionType, Program, Task } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { Loading } from '../../ui/states';
import { ActionForm } from './action-forms';
import { actionForms } from './action-fields';
import { SeatCouncilForm } from './seat-council-form';
import { SupplementForm } from './supplement-form';

/** The forms of the actions the task offers (a council member: the conflict declaration, then the vote). */
export function TaskActions({
  task,
  stateLoading,
  conflict,
  maxVnd,
  program,
  onDone,
}: {
  task: Task;
  stateLoading: boolean;
  conflict: boolean | undefined;
  maxVnd: number | undefined;
  program: Program | undefined;
  onDone: (type: ActionType) => () => void;
}) {
  const { t } = useI18n();
  if (stateLoading) return <Loading />;
  // The appraiser's task at the council stage: seat (or re-seat after no quorum) the council.
  if ((task.actions as string[]).includes('SEAT_COUNCIL'))
    return <SeatCouncilForm applicationId={task.applicationId} onDone={onDone('SEAT_COUNCIL' as ActionType)} />;
  // A council member declares conflicts of interest first; only then may they vote.
  let offered = task.actions;
  if (task.stage === 'COUNCIL_REVIEW')
    offered = conflict === undefined ? ['DECLARE_CONFLICT'] : conflict ? [] : ['VOTE'];
  if (offered.length === 0) return <p className="muted">{t('task.noActions')}</p>;
  return (
    <div className="action-grid">
      {offered.map((type) =>
        type === 'REQUEST_SUPPLEMENT' ? (
          <SupplementForm
            key={type}
            taskId={task.taskId}
            requirements={program?.requiredDocuments ?? []}
            onDone={onDone(type)}
          />
        ) : type in actionForms ? (
          <ActionForm
            key={type}
            taskId={task.taskId}
            type={type as keyof typeof actionForms}
            onDone={onDone(type)}
            hint={type === 'PROPOSE_AMOUNT' && maxVnd ? t('actions.maxAmount', { amount: money(maxVnd) }) : undefined}
          />
        ) : null,
      )}
    </div>
  );
}
