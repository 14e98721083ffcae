// What the public lookup shows of a dossier: programme, stage, dates and the public timeline.
import type { PublicDossier } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../dates';
import { Facts } from '../../ui/facts';
import { StageName } from '../../ui/stage-name';
import { Timeline } from '../../ui/timeline';

export function LookupResult({ dossier }: { dossier: PublicDossier }) {
  const { t } = useI18n();
  return (
    <section className="card result-card" aria-live="polite">
      <h2 className="section-title mono">{dossier.dossierCode}</h2>
      <Facts
        rows={[
          [t('dossier.program'), dossier.programNameVi ?? dossier.programCode],
          [t('lookup.stage'), <StageName key="s" stage={dossier.stage} />],
          [t('dossier.submittedAt'), date(dossier.submittedAt)],
          [t('dossier.expected'), date(dossier.expectedResultDate)],
        ]}
      />
      <Timeline
        lines={dossier.timeline.map((l) => ({
          at: l.at,
          stage: l.stage,
          textVi: l.labelVi,
          textEn: l.labelEn,
        }))}
      />
    </section>
  );
}
