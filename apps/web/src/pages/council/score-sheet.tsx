// The product's score sheet of the template's parts, totalling as the member types, with the star band.
import { useMutation } from '@tanstack/react-query';
import { formatCentipoints } from '@kc/domain/ocop';
import { Ocop } from '../../api/ocop';
import type { CouncilTask } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Alert, ErrorState } from '../../ui/states';
import { Stars } from '../../ui/stars';
import { ScorePart } from './score-part';
import { useScoreSheet } from './use-score-sheet';

export function ScoreSheet({
  task,
  readOnly,
  onSaved,
}: {
  task: CouncilTask;
  readOnly: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  const { template, typed, setTyped, answers, checked, complete, total, stars, next, mandatoryShort, left } =
    useScoreSheet(task);
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
        {!complete && <p className="muted">{t('council.incomplete', { left })}</p>}
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
