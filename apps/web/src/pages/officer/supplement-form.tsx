import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DocumentRequirement } from '@kc/domain';
import { Appraisals } from '../../api/appraisals';
import type { ActionResult, OfficerAction } from '../../api/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorState } from '../../ui/states';

/** A supplement request: tick each document that is missing or wrong, and say why (Form 02). */
export function SupplementForm({
  taskId,
  requirements,
  onDone,
}: {
  taskId: string;
  requirements: readonly DocumentRequirement[];
  onDone: (r: ActionResult) => void;
}) {
  const { t, pick } = useI18n();
  const [chosen, setChosen] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const act = useMutation({ mutationFn: (a: OfficerAction) => Appraisals.act(taskId, a), onSuccess: onDone });
  return (
    <form
      className="form action-form"
      noValidate
      aria-labelledby="REQUEST_SUPPLEMENT-title"
      onSubmit={(e) => {
        e.preventDefault();
        const items = Object.entries(chosen)
          .filter((x): x is [string, string] => x[1] !== undefined)
          .map(([documentCode, reasonVi]) => ({ documentCode, reasonVi: reasonVi.trim() }));
        if (items.length === 0) return setProblem('validation.supplementItems');
        if (items.some((i) => i.reasonVi.length < 5)) return setProblem('validation.supplementReason');
        setProblem(null);
        act.mutate({ type: 'REQUEST_SUPPLEMENT', items });
      }}
    >
      <h3 id="REQUEST_SUPPLEMENT-title">{t('actions.type.REQUEST_SUPPLEMENT')}</h3>
      <p className="muted">{t('actions.supplementIntro')}</p>
      {requirements.map((r) => {
        const name = pick(r.nameVi, r.nameEn);
        const on = chosen[r.code] !== undefined;
        return (
          <div key={r.code} className="supplement-item">
            <label className="field-check">
              <input
                type="checkbox"
                checked={on}
                onChange={(e) => setChosen({ ...chosen, [r.code]: e.target.checked ? '' : undefined })}
              />{' '}
              {name}
            </label>
            {on && (
              <div className="field">
                <label htmlFor={`supp-${r.code}`}>{t('actions.supplementReason', { document: name })}</label>
                <textarea
                  id={`supp-${r.code}`}
                  rows={2}
                  value={chosen[r.code]}
                  onChange={(e) => setChosen({ ...chosen, [r.code]: e.target.value })}
                />
              </div>
            )}
          </div>
        );
      })}
      {problem && (
        <p className="field-error" role="alert">
          {t(problem)}
        </p>
      )}
      {act.isError && <ErrorState error={act.error} />}
      <button type="submit" className="btn btn-primary" disabled={act.isPending}>
        {t('actions.submit.REQUEST_SUPPLEMENT')}
      </button>
    </form>
  );
}
