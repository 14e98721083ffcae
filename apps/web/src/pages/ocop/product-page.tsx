import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Ocop } from '../../api/endpoints';
import type { OcopEvaluationSummary } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../format';
import { Facts } from '../../ui/facts';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';
import { Stars } from '../../ui/stars';
import { hasRole, useSession } from '../../session';
import { SeatOcopCouncilForm } from './seat-ocop-council-form';
import { StartRoundForm } from './start-round-form';

/** An OCOP product: its evaluation rounds as they progress, each result explained, and the certificate. */
export default function ProductPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const appraiser = hasRole(useSession(), 'DEPARTMENT_APPRAISER');
  const product = useQuery({
    queryKey: ['ocop-product', id],
    queryFn: () => Ocop.product(id),
    refetchInterval: 10_000,
  });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/ocop">‹ {t('ocop.title')}</Link>
      </p>
      <QueryView query={product}>
        {(p) => (
          <>
            <PageHeader title={p.name} subtitle={p.subject.name} />
            <section className="card">
              <Facts
                rows={[
                  [t('ocop.registeredOnLabel'), date(p.registeredOn)],
                  [t('ocop.pack'), p.packId],
                ]}
              />
            </section>
            <section className="section" aria-labelledby="rounds-title">
              <h2 className="section-title" id="rounds-title">
                {t('ocop.evaluations')}
              </h2>
              {(p.evaluations ?? []).length === 0 && appraiser ? (
                <StartRoundForm productId={p.id} />
              ) : (p.evaluations ?? []).length === 0 ? (
                <Empty title={t('ocop.noEvaluation')} />
              ) : (
                p.evaluations!.map((e) => <Round key={e.id} e={e} appraiser={appraiser} />)
              )}
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}

function Round({ e, appraiser }: { e: OcopEvaluationSummary; appraiser: boolean }) {
  const { t, pick } = useI18n();
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
              <div key={`${l.level}-${n}`} className="level-result">
                <h4>{t(`ocop.level.${l.level}` as never)}</h4>
                {!l.result ? (
                  <p className="muted">{t('ocop.councilSitting')}</p>
                ) : (
                  <>
                    <p>{t('ocop.average', { points: l.result.averageTotal ?? '—' })}</p>
                    <ul>
                      {l.result.parts.map((part) => (
                        <li key={part.part}>
                          {t('ocop.part', { part: part.part, points: part.average ?? '—', max: part.max })}
                        </li>
                      ))}
                    </ul>
                    {l.result.nextStar && (
                      <p>
                        {t('council.nextStar', {
                          stars: l.result.nextStar.stars,
                          points: l.result.nextStar.pointsMissing ?? '—',
                        })}
                      </p>
                    )}
                    <ul className="explanation">
                      {l.result.explanation.map((x, i) => (
                        <li key={i}>{pick(x.vi, x.en)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            ))}
            {appraiser && <SeatOcopCouncilForm evaluationId={e.id} />}
            {r.certificate && (
              <div className="certificate-box" data-testid="certificate">
                <p>
                  <strong>{t('ocop.certificate')}</strong>: <span className="mono">{r.certificate.number}</span>
                </p>
                <p>{t('ocop.validUntil', { date: date(r.certificate.expiryDate) })}</p>
                <Link to={`/ocop/chung-nhan?so=${r.certificate.number}`}>{t('ocop.publicLink')}</Link>
              </div>
            )}
          </>
        )}
      </QueryView>
    </article>
  );
}
