import type { ScoreSheetProblem, ScoreTemplate } from '@kc/domain/ocop';
import { useI18n } from '../../i18n/i18n';

/** One part (A, B or C) of the score sheet: a points field per criterion, its problems, the part's total. */
export function ScorePart({
  part,
  typed,
  problems,
  partTotal,
  onType,
}: {
  part: ScoreTemplate['parts'][number];
  typed: Record<string, string>;
  problems: readonly ScoreSheetProblem[];
  partTotal: number | null;
  onType: (code: string, value: string) => void;
}) {
  const { t, pick } = useI18n();
  return (
    <fieldset className="card">
      <legend className="section-title">
        {part.part}. {pick(part.nameVi, part.nameEn)} ({t('council.max', { points: part.maxPoints })})
      </legend>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('council.criterion')}</th>
            <th scope="col">{t('council.points')}</th>
          </tr>
        </thead>
        <tbody>
          {part.criteria.map((c) => {
            const problem = problems.find((p) => p.criterionCode === c.code);
            const id = `crit-${c.code}`;
            return (
              <tr key={c.code}>
                <th scope="row">
                  <label htmlFor={id}>
                    {c.code} · {pick(c.nameVi, c.nameEn)}
                    {c.mandatory && <span className="pill">{t('council.mandatory', { min: c.minimumPoints })}</span>}
                  </label>
                  {problem && (
                    <p className="field-error" id={`${id}-error`}>
                      {pick(problem.messageVi, problem.messageEn)}
                    </p>
                  )}
                </th>
                <td>
                  <input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={c.maxPoints}
                    step={1}
                    className="points-input"
                    value={typed[c.code] ?? ''}
                    aria-invalid={!!problem || undefined}
                    aria-describedby={problem ? `${id}-error` : undefined}
                    onChange={(e) => onType(c.code, e.target.value)}
                  />{' '}
                  / {c.maxPoints}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {partTotal !== null && (
        <p className="part-total">{t('council.partTotal', { points: partTotal, max: part.maxPoints })}</p>
      )}
    </fieldset>
  );
}
