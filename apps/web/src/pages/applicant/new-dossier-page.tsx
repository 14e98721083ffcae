import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import { usePrograms } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/states';
import { DossierForm } from './dossier-form';
import { toFormValues } from './dossier-form-values';

/** A new dossier: the multi-step form, saved as a server draft at the end (then documents and submit). */
export default function NewDossierPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programs = usePrograms();
  return (
    <div className="page">
      <PageHeader title={t('form.newTitle')} />
      <section className="card">
        <QueryView query={programs}>
          {(catalogue) => (
            <DossierForm
              catalogue={catalogue}
              initial={toFormValues()}
              autosaveKey="kc.newDossier"
              submitLabel={t('form.create')}
              onSubmit={async (draft) => {
                const created = await Applications.create(draft);
                await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
                void navigate(`/ho-so/${created.id}`);
              }}
            />
          )}
        </QueryView>
      </section>
    </div>
  );
}
