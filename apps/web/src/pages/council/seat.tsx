// One council seat: read-only once the council closed, the conflict declaration first, then the sheet.
import { useQueryClient } from '@tanstack/react-query';
import type { CouncilTask } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { Alert } from '../../ui/states';
import { ConflictDeclaration } from './conflict-declaration';
import { ScoreSheet } from './score-sheet';

export function Seat({ task }: { task: CouncilTask }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['council-tasks'] });
  const closed = task.councilStatus !== 'OPEN';
  return (
    <>
      <PageHeader
        title={task.product.name}
        subtitle={`${task.product.subjectName} · ${t(`ocop.level.${task.level}` as never)}`}
      />
      {closed && <Alert kind="info">{t('council.readOnly')}</Alert>}
      {task.conflictDeclared === true && <Alert kind="info">{t('council.conflicted')}</Alert>}
      {!closed && task.conflictDeclared === null && (
        <ConflictDeclaration evaluationId={task.evaluationId} onDeclared={refresh} />
      )}
      {(task.conflictDeclared === false || closed) && <ScoreSheet task={task} readOnly={closed} onSaved={refresh} />}
    </>
  );
}
