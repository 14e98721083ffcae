// One evaluation round of a product: its stage and stars, each level's result, and the certificate.
import { useQuery } from '@tanstack/react-query';
import { Ocop } from '../../api/ocop';
import type { OcopEvaluationSummary } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { QueryView } from '../../ui/states';
import { Stars } from '../../ui/stars';
import { SeatOcopCouncilForm } from './seat-ocop-council-form';
import { AbandonRoundForm } from './abandon-round-form';
import { LevelResult } from './level-result';
import { CertificateBox } from './certificate-box';

export function EvaluationRound({ e, appraiser }: { e: OcopEvaluationSummary; appraiser: boolean }) {
  const { t } = useI18n();
  const result = useQuery({
    queryKey: ['ocop-result', e.id],
    queryFn: () => Ocop.result(e.id),
    refetchInterval: 10_000,
  });
  return (
    <article className="card" aria-labelledby={`round-${e.id}`}>
      <h3 id={`round-${e.id}`}>{t('ocop.round', { round: e.round })}</h3>
      <p>
        {t('ocop.stage')}: <strong>{t(`ocop.stageName.${e.stage}` as never)}</strong>
      </p>
      <Stars count={e.stars} />
      <QueryView query={result}>
        {(r) => (
          <>
            {r.levels.map((l, n) => (
              <LevelResult key={`${l.level}-${n}`} level={l} />
            ))}
            {appraiser && <SeatOcopCouncilForm evaluationId={e.id} />}
            {appraiser && <AbandonRoundForm evaluationId={e.id} />}
            {r.abandonment && (
              <p>
                {t('ocop.abandonedBecause')}: {r.abandonment.reason}
              </p>
            )}
            {r.certificate && <CertificateBox certificate={r.certificate} />}
          </>
        )}
      </QueryView>
    </article>
  );
}
