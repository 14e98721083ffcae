// A draft's page: its facts (editable), its documents, and submission once everything is there.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Applications } from '../../api/endpoints';
import { ApiError } from '../../api/client';
import { usePrograms } from '../../api/queries';
import type { Dossier, FieldProblemView, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { Alert, ErrorState } from '../../ui/states';
import { DocumentRow } from './document-row';
import { DossierForm } from './dossier-form';
import { toFormValues } from './dossier-form-values';
import { InfoCard } from './dossier-info';

/** The submission's idempotency key, kept for this tab so a retried submit returns the same receipt. */
const submitKey = (id: string) => `kc.submitKey.${id}`;

export function DraftSections({
  d,
  program,
  refresh,
}: {
  d: Dossier;
  program: Program;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const programs = usePrograms();
  const [editing, setEditing] = useState(false);
  const [problems, setProblems] = useState<FieldProblemView[]>([]);
  const done = program.requiredDocuments.filter((r) => d.documents.some((x) => x.requirementCode === r.code)).length;
  return (
    <>
      <Alert kind="info">{t('dossier.draftNote')}</Alert>
      {editing && programs.data ? (
        <section className="card">
          <h2 className="section-title">{t('form.editTitle')}</h2>
          <DossierForm
            catalogue={programs.data}
            initial={toFormValues(d)}
            submitLabel={t('app.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (draft) => {
              await Applications.update(d.id, draft);
              await refresh();
              setEditing(false);
            }}
          />
        </section>
      ) : (
        <InfoCard d={d} program={program} onEdit={() => setEditing(true)} />
      )}
      <section className="card" id="documents">
        <div className="card-head">
          <h2 className="section-title">{t('dossier.docsTitle')}</h2>
          <span className={`pill ${done === program.requiredDocuments.length ? 'pill-ok' : ''}`}>
            {t('dossier.docProgress', { done, total: program.requiredDocuments.length })}
          </span>
        </div>
        <p className="muted">{t('dossier.docsHint')}</p>
        <ul className="doc-list">
          {program.requiredDocuments.map((r) => (
            <DocumentRow
              key={r.code}
              dossierId={d.id}
              requirement={r}
              document={d.documents.find((x) => x.requirementCode === r.code)}
              problem={problems.find((p) => p.field === `documents.${r.code}`)?.messageVi}
              editable
              removable
              onChanged={refresh}
            />
          ))}
        </ul>
      </section>
      <SubmitCard d={d} refresh={refresh} onProblems={setProblems} />
    </>
  );
}

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
  const [problems, setProblems] = useState<FieldProblemView[]>([]);
  const submit = useMutation({
    mutationFn: () => {
      // One key per attempt; a retry after a lost answer reuses it, so the server returns the same receipt.
      let key = sessionStorage.getItem(submitKey(d.id));
      if (!key) {
        key = crypto.randomUUID();
        sessionStorage.setItem(submitKey(d.id), key);
      }
      return Applications.submit(d.id, key);
    },
    onSuccess: async () => {
      sessionStorage.removeItem(submitKey(d.id));
      await refresh();
    },
    onError: async (error) => {
      const transient = error instanceof ApiError && (error.status === 0 || error.status >= 500);
      if (!transient) sessionStorage.removeItem(submitKey(d.id));
      if (error instanceof ApiError && error.status === 422) {
        setProblems(error.fields);
        onProblems(error.fields);
      }
      if (error instanceof ApiError && error.status === 409) await refresh();
    },
  });
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
