import { Link, useParams } from 'react-router';
import { withdrawableStatuses } from '@kc/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Applications } from '../../api/endpoints';
import { usePrograms } from '../../api/queries';
import type { Dossier, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { DeadlineClock } from '../../ui/deadline-clock';
import { PageHeader } from '../../ui/page-header';
import { StageName } from '../../ui/stage-name';
import { ErrorState, Loading } from '../../ui/states';
import { Timeline } from '../../ui/timeline';
import { DocumentRow } from './document-row';
import { InfoCard, requirementOf } from './dossier-info';
import { DraftSections } from './draft-sections';
import { ReceiptPanel } from './receipt-panel';
import { SupplementPanel } from './supplement-panel';
import { WithdrawPanel } from './withdraw-panel';

const FINISHED = ['COMPLETED', 'CLOSED', 'WITHDRAWN'];

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

function DossierView({ d, program }: { d: Dossier; program: Program }) {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['dossier', d.id] });
  const open = d.supplementRequests?.find((r) => !r.answeredAt);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/ho-so">‹ {t('dossiers.title')}</Link>
      </p>
      <PageHeader title={d.title} subtitle={pick(program.nameVi, program.nameEn)}>
        <Badge tone={d.status.toLowerCase()}>{t(`status.${d.status}`)}</Badge>
      </PageHeader>
      {d.status === 'DRAFT' ? (
        <DraftSections d={d} program={program} refresh={refresh} />
      ) : (
        <>
          {d.dossierCode && <ReceiptPanel d={d} />}
          <section className="card" aria-labelledby="clock-title">
            <h2 className="section-title" id="clock-title">
              {t('deadline.title')}
            </h2>
            <p>
              {t('lookup.stage')}:{' '}
              <strong>
                <StageName stage={d.stage} />
              </strong>
            </p>
            {FINISHED.includes(d.status) ? (
              <p className="deadline">{t('deadline.finished')}</p>
            ) : (
              <DeadlineClock
                due={d.expectedResultDate}
                paused={d.status === 'AWAITING_SUPPLEMENT'}
                pausedUntil={open?.dueDate}
              />
            )}
          </section>
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
      )}
      <section className="card">
        <h2 className="section-title">{t('dossier.timelineTitle')}</h2>
        <Timeline
          lines={d.timeline.map((l) => ({
            at: l.at,
            stage: l.stage,
            textVi: l.labelVi,
            textEn: l.labelEn,
            note: l.note,
          }))}
        />
      </section>
      {withdrawableStatuses.includes(d.status) && <WithdrawPanel d={d} refresh={refresh} />}
    </div>
  );
}
