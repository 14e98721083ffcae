// The dossier's documents, read with the officer's rights, named as the programme names them.
import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import type { Program } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { DocumentViewer } from '../../ui/document-viewer';
import { QueryView } from '../../ui/states';

export function TaskDocuments({ applicationId, program }: { applicationId: string; program: Program | undefined }) {
  const { t, pick } = useI18n();
  const dossier = useQuery({
    queryKey: ['officer-dossier', applicationId],
    queryFn: () => Applications.officerDossier(applicationId),
  });
  const nameOf = (code: string) => {
    const r = program?.requiredDocuments.find((x) => x.code === code);
    return r ? pick(r.nameVi, r.nameEn) : code;
  };
  const loadDocument = useCallback(
    (docId: string) => Applications.officerDocument(applicationId, docId),
    [applicationId],
  );
  return (
    <section className="card" aria-labelledby="docs-title">
      <h2 className="section-title" id="docs-title">
        {t('dossier.docsTitle')}
      </h2>
      <QueryView query={dossier}>
        {(d) => <DocumentViewer documents={d.documents} nameOf={nameOf} load={loadDocument} />}
      </QueryView>
    </section>
  );
}
