// One dossier once loaded: its header, the draft's or the submitted dossier's sections, the timeline and
// withdrawal while it is allowed.
import { Link } from 'react-router';
import { withdrawableStatuses } from '@kc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import type { Dossier, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { PageHeader } from '../../ui/page-header';
import { Timeline } from '../../ui/timeline';
import { DraftSections } from './draft-sections';
import { SubmittedSections } from './submitted-sections';
import { WithdrawPanel } from './withdraw-panel';

export function DossierView({ d, program }: { d: Dossier; program: Program }) {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['dossier', d.id] });
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
        <SubmittedSections d={d} program={program} refresh={refresh} />
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
