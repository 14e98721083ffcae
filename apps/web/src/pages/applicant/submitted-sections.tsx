// A submitted dossier: the receipt, the clock, the supplement asked for if any, the facts and documents.
import type { Dossier, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { DocumentRow } from './document-row';
import { InfoCard, requirementOf } from './dossier-info';
import { ClockCard } from './clock-card';
import { ReceiptPanel } from './receipt-panel';
import { SupplementPanel } from './supplement-panel';

export function SubmittedSections({
  d,
  program,
  refresh,
}: {
  d: Dossier;
  program: Program;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const open = d.supplementRequests?.find((r) => !r.answeredAt);
  return (
    <>
      {d.dossierCode && <ReceiptPanel d={d} />}
      <ClockCard d={d} pausedUntil={open?.dueDate} />
      {d.status === 'AWAITING_SUPPLEMENT' && open && (
        <SupplementPanel d={d} program={program} requestId={open.id} items={open.items} refresh={refresh} />
      )}
      <InfoCard d={d} program={program} />
      <section className="card">
        <h2 className="section-title">{t('dossier.docsTitle')}</h2>
        <ul className="doc-list">
          {d.documents.map((doc) => (
            <DocumentRow
              key={doc.id}
              dossierId={d.id}
              requirement={requirementOf(program, doc.requirementCode)}
              document={doc}
              editable={false}
              onChanged={refresh}
            />
          ))}
        </ul>
      </section>
    </>
  );
}
