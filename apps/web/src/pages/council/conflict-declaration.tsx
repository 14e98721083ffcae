import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Ocop } from '../../api/ocop';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/states';

/** A member declares conflicts of interest before they may score (a conflicted member does not score). */
export function ConflictDeclaration({ evaluationId, onDeclared }: { evaluationId: string; onDeclared: () => unknown }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
  const declare = useMutation({
    mutationFn: (hasConflict: boolean) => Ocop.declareConflict(evaluationId, hasConflict),
    onSuccess: onDeclared,
  });
  return (
    <section className="card" aria-labelledby="conflict-title">
      <h2 className="section-title" id="conflict-title">
        {t('council.conflictTitle')}
      </h2>
      <p>{t('council.conflictIntro')}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) declare.mutate(choice === 'yes');
        }}
      >
        <fieldset className="field">
          <legend>{t('actions.hasConflict')}</legend>
          <label className="radio-inline">
            <input type="radio" name="conflict" checked={choice === 'no'} onChange={() => setChoice('no')} />{' '}
            {t('actions.conflictNo')}
          </label>
          <label className="radio-inline">
            <input type="radio" name="conflict" checked={choice === 'yes'} onChange={() => setChoice('yes')} />{' '}
            {t('actions.conflictYes')}
          </label>
        </fieldset>
        {declare.isError && <ErrorState error={declare.error} />}
        <button type="submit" className="btn btn-primary" disabled={!choice || declare.isPending}>
          {t('actions.submit.DECLARE_CONFLICT')}
        </button>
      </form>
    </section>
  );
}
