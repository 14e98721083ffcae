import { Link, Navigate, useSearchParams } from 'react-router';
import { usePrograms } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/states';
import { ProgramList } from './program-list';
import { Estimator } from './estimator';

/** The public front page: what support exists, an estimator, and the way in. */
export default function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  const programs = usePrograms();
  // Notices link to `/?code=KC-…` (the notifications templates): that is the public lookup.
  const [params] = useSearchParams();
  const code = params.get('code');
  const start = session ? '/ho-so/moi' : '/dang-nhap?next=/ho-so/moi';
  if (code) return <Navigate to={`/tra-cuu?ma=${encodeURIComponent(code)}`} replace />;
  return (
    <div className="page">
      <section className="hero">
        <PageHeader title={t('home.title')} />
        <p className="lead">{t('home.intro')}</p>
        <div className="hero-actions">
          <Link className="btn btn-primary btn-lg" to={start}>
            {t('home.ctaStart')}
          </Link>
          <Link className="btn btn-secondary btn-lg" to="/tra-cuu">
            {t('home.ctaLookup')}
          </Link>
        </div>
      </section>
      <section className="section" aria-labelledby="programs-title">
        <h2 className="section-title" id="programs-title">
          {t('home.programsTitle')}
        </h2>
        <QueryView query={programs}>{(catalogue) => <ProgramList catalogue={catalogue} />}</QueryView>
      </section>
      <section className="card" id="estimate" aria-labelledby="estimate-title">
        <h2 className="section-title" id="estimate-title">
          {t('home.estimateTitle')}
        </h2>
        <p className="muted">{t('home.estimateIntro')}</p>
        {programs.data && <Estimator programs={programs.data.items} />}
      </section>
    </div>
  );
}
