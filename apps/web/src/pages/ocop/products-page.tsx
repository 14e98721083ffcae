import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Ocop } from '../../api/ocop';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../dates';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';

/** The applicant's OCOP products. */
export default function ProductsPage() {
  const { t } = useI18n();
  const products = useQuery({ queryKey: ['ocop-products'], queryFn: () => Ocop.products() });
  return (
    <div className="page">
      <PageHeader title={t('ocop.title')}>
        <Link className="btn btn-primary" to="/ocop/dang-ky">
          {t('ocop.register')}
        </Link>
      </PageHeader>
      <QueryView query={products}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('ocop.empty')}>
              <p>{t('ocop.emptyText')}</p>
            </Empty>
          ) : (
            <ul className="dossier-list">
              {data.items.map((p) => (
                <li key={p.id} className="card dossier-row">
                  <div className="dossier-main">
                    <Link className="dossier-title" to={`/ocop/san-pham/${p.id}`}>
                      {p.name}
                    </Link>
                    <p className="dossier-meta">
                      {p.subject.name} · {t('ocop.registeredOn', { date: date(p.registeredOn) })}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}
