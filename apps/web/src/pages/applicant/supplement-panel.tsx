// Answering a supplement request in the browser: upload each asked-for document, then send.
import { useMutation } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import type { Dossier, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/states';
import { DocumentRow } from './document-row';
import { requirementOf } from './dossier-info';

export function SupplementPanel({
  d,
  program,
  requestId,
  items,
  refresh,
}: {
  d: Dossier;
  program: Program;
  requestId: string;
  items: { documentCode: string; reasonVi: string }[];
  refresh: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const send = useMutation({ mutationFn: () => Applications.answerSupplement(d.id, requestId), onSuccess: refresh });
  const uploaded = (code: string) =>
    d.documents.find((x) => x.requirementCode === code && x.supplementRequestId === requestId);
  return (
    <section className="card card-warning" id="supplement" aria-labelledby="supplement-title">
      <h2 className="section-title" id="supplement-title">
        {t('dossier.supplementTitle')}
      </h2>
      <p>{t('dossier.supplementIntro')}</p>
      <ul className="doc-list">
        {items.map((item) => (
          <DocumentRow
            key={item.documentCode}
            dossierId={d.id}
            requirement={requirementOf(program, item.documentCode)}
            reason={item.reasonVi}
            document={uploaded(item.documentCode)}
            editable
            supplementRequestId={requestId}
            onChanged={refresh}
          />
        ))}
      </ul>
      {send.isError && <ErrorState error={send.error} />}
      <button
        type="button"
        className="btn btn-primary"
        disabled={send.isPending || items.some((i) => !uploaded(i.documentCode))}
        onClick={() => send.mutate()}
      >
        {t('dossier.supplementSend')}
      </button>
    </section>
  );
}
