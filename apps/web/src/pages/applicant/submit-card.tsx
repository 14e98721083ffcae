// The draft's submission card: the button, and why the submission was refused if it was.
import type { Dossier, FieldProblemView } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { Alert, ErrorState } from '../../ui/states';
import { useSubmitDossier } from './use-submit-dossier';

export function SubmitCard({
  d,
  refresh,
  onProblems,
}: {
  d: Dossier;
  refresh: () => Promise<unknown>;
  onProblems: (p: FieldProblemView[]) => void;
}) {
  const { t, pick } = useI18n();
  const { submit, problems } = useSubmitDossier(d, refresh, onProblems);
  return (
    <section className="card" id="submit">
      <h2 className="section-title">{t('dossier.submitTitle')}</h2>
      <p>{t('dossier.submitIntro')}</p>
      {problems.length > 0 ? (
        <Alert kind="error">
          <p>{t('dossier.submitBlocked')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>{pick(p.messageVi, p.messageEn)}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        submit.isError && <ErrorState error={submit.error} />
      )}
      <button
        type="button"
        className="btn btn-primary btn-lg"
        disabled={submit.isPending}
        onClick={() => submit.mutate()}
      >
        {submit.isPending ? t('dossier.submitting') : t('dossier.submitButton')}
      </button>
    </section>
  );
}
