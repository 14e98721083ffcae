import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import { usePrograms } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, Loading } from '../../ui/states';
import { DossierView } from './dossier-view';

/** One of the applicant's dossiers: draft (edit, documents, submit) or submitted (receipt, clock, supplement). */
export default function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const programs = usePrograms();
  const dossier = useQuery({ queryKey: ['dossier', id], queryFn: () => Applications.get(id) });
  if (dossier.isPending || programs.isPending) return <Loading />;
  if (dossier.isError || programs.isError)
    return (
      <div className="page">
        <PageHeader title={t('nav.myDossiers')} />
        <ErrorState error={dossier.error ?? programs.error} onRetry={() => void dossier.refetch()} />
      </div>
    );
  const program = programs.data.items.find((p) => p.code === dossier.data.programCode)!;
  return <DossierView d={dossier.data} program={program} />;
}
