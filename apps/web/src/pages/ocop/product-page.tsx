import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Ocop } from '../../api/ocop';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../dates';
import { Facts } from '../../ui/facts';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';
import { hasRole, useSession } from '../../session';
import { StartRoundForm } from './start-round-form';
import { EvaluationRound } from './evaluation-round';

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
                p.evaluations!.map((e) => <EvaluationRound key={e.id} e={e} appraiser={appraiser} />)
              )}
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}
