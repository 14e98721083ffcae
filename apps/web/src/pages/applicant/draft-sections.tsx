// A draft's page: its facts (editable), its documents, and submission once everything is there.
import { useState } from 'react';
import { Applications } from '../../api/applications';
import { usePrograms } from '../../api/queries';
import type { Dossier, FieldProblemView, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { Alert } from '../../ui/states';
import { DossierForm } from './dossier-form';
import { toFormValues } from './dossier-form-values';
import { InfoCard } from './dossier-info';
import { DraftDocuments } from './draft-documents';
import { SubmitCard } from './submit-card';

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
      <DraftDocuments d={d} program={program} problems={problems} refresh={refresh} />
      <SubmitCard d={d} refresh={refresh} onProblems={setProblems} />
    </>
  );
}
