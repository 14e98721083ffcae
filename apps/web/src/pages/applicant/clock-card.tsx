// A submitted dossier's stage and deadline clock: paused while a supplement is owed, none once finished.
import type { Dossier } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { DeadlineClock } from '../../ui/deadline-clock';
import { StageName } from '../../ui/stage-name';

const FINISHED = ['COMPLETED', 'CLOSED', 'WITHDRAWN'];

export function ClockCard({ d, pausedUntil }: { d: Dossier; pausedUntil?: string }) {
  const { t } = useI18n();
  return (
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
          pausedUntil={pausedUntil}
        />
      )}
    </section>
  );
}
