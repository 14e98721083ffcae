import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  formatCentipoints,
  ocopEvaluationPackById,
  pointsToNextStar,
  scoreSheet,
  scoreTemplate,
  starsForAverage,
  templateCriteria,
  toCentipoints,
} from '@kc/domain/ocop';
import { Ocop } from '../../api/endpoints';
import type { CouncilTask } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { Alert, Empty, ErrorState, QueryView } from '../../ui/states';
import { ConflictDeclaration } from './conflict-declaration';
import { ScorePart } from './score-part';
import { Stars } from '../../ui/stars';

/** One seat: the conflict declaration first, then the product's score sheet, totalled as you type. */
export default function ScoreSheetPage() {
  const { evaluationId = '' } = useParams();
  const { t } = useI18n();
  const tasks = useQuery({ queryKey: ['council-tasks'], queryFn: () => Ocop.councilTasks() });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/hoi-dong">‹ {t('council.title')}</Link>
      </p>
      <QueryView query={tasks}>
        {(data) => {
          // The newest seat for this evaluation (a product may meet several councils).
          const task = data.items.find((x) => x.evaluationId === evaluationId);
          return task ? <Seat task={task} /> : <Empty title={t('council.notFound')} />;
        }}
      </QueryView>
    </div>
  );
}

function Seat({ task }: { task: CouncilTask }) {
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
      {(task.conflictDeclared === false || closed) && <Sheet task={task} readOnly={closed} onSaved={refresh} />}
    </>
  );
}

function Sheet({ task, readOnly, onSaved }: { task: CouncilTask; readOnly: boolean; onSaved: () => Promise<unknown> }) {
  const { t, lang } = useI18n();
  // The template is the domain's own (pack + subgroup from its id), so the sheet totals as the server does.
  const template = useMemo(() => {
    const [packId, subgroupCode] = task.template.id.split('/');
    return scoreTemplate(ocopEvaluationPackById(packId!), subgroupCode!);
  }, [task.template.id]);
  const lines = templateCriteria(template);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const answers = Object.fromEntries(
    lines.map(({ criterion }) => {
      const raw = typed[criterion.code];
      return [criterion.code, raw === undefined || raw === '' ? 0 : Number(raw)];
    }),
  );
  const checked = scoreSheet(template, answers);
  const complete = lines.every(({ criterion }) => (typed[criterion.code] ?? '') !== '');
  const total = checked.ok ? checked.total : null;
  const stars = total === null ? null : starsForAverage(toCentipoints(total));
  const next = total === null ? null : pointsToNextStar(toCentipoints(total));
  const mandatoryShort = lines.filter(
    ({ criterion }) => criterion.mandatory && (answers[criterion.code] ?? 0) < criterion.minimumPoints,
  );
  const save = useMutation({ mutationFn: () => Ocop.submitSheet(task.evaluationId, answers), onSuccess: onSaved });

  if (readOnly)
    return (
      <section className="card">
        <h2 className="section-title">{t('council.sheet')}</h2>
        <p>{task.mySheet ? t('council.myTotal', { total: task.mySheet.total }) : t('council.noSheet')}</p>
      </section>
    );
  return (
    <form
      className="form score-sheet"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (complete && checked.ok) save.mutate();
      }}
    >
      {template.parts.map((part) => (
        <ScorePart
          key={part.part}
          part={part}
          typed={typed}
          problems={checked.ok ? [] : checked.problems}
          partTotal={checked.ok ? checked.partTotals[part.part] : null}
          onType={(code, value) => setTyped({ ...typed, [code]: value })}
        />
      ))}
      <section className="card sticky-total" aria-live="polite" data-testid="sheet-total">
        <p className="estimate-amount">{t('council.total', { total: total ?? '—' })}</p>
        {stars && <Stars count={stars} />}
        {next && <p>{t('council.nextStar', { stars: next.stars, points: formatCentipoints(next.missing)[lang] })}</p>}
        {mandatoryShort.length > 0 && (
          <Alert kind="warning">
            {t('council.mandatoryShort')}: {mandatoryShort.map(({ criterion }) => criterion.code).join(', ')}
          </Alert>
        )}
        {!complete && (
          <p className="muted">
            {t('council.incomplete', {
              left: lines.filter(({ criterion }) => (typed[criterion.code] ?? '') === '').length,
            })}
          </p>
        )}
        {task.mySheet && <p className="muted">{t('council.savedTotal', { total: task.mySheet.total })}</p>}
        {save.isError && <ErrorState error={save.error} />}
        {save.isSuccess && <Alert kind="success">{t('council.saved')}</Alert>}
        <button type="submit" className="btn btn-primary" disabled={!complete || !checked.ok || save.isPending}>
          {task.mySheet ? t('council.resubmit') : t('council.submit')}
        </button>
      </section>
    </form>
  );
}
