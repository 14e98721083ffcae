import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { takeFlash } from './flash';
import { SiteNav } from './site-nav';
import { Loading } from './states';

/** Header (navigation, language, live unread badge), the page, and the footer. */
export function Layout() {
  const { t } = useI18n();
  const location = useLocation();
  const flash = takeFlash(location.key);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link className="brand" to="/">
            <span className="brand-mark" aria-hidden="true">
              KC
            </span>
            <span className="brand-text">
              <strong>{t('app.name')}</strong>
              <small>{t('app.department')}</small>
            </span>
          </Link>
          <SiteNav />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {flash && (
          <div className="alert alert-info flash" role="status">
            {t(`flash.${flash}` as MessageKey)}
          </div>
        )}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </>
  );
}
