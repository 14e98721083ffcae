import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { Auth } from '../api/endpoints';
import { hasRole, OFFICER_ROLES, useSession } from '../session';
import { useLiveNotifications } from '../notifications-live';
import { Loading } from './states';

interface NavItem {
  to: string;
  label: MessageKey;
  show: (s: ReturnType<typeof useSession>) => boolean;
}
const NAV: NavItem[] = [
  { to: '/', label: 'nav.home', show: () => true },
  { to: '/tra-cuu', label: 'nav.lookup', show: () => true },
  { to: '/ocop/chung-nhan', label: 'nav.certificate', show: (s) => !s },
  { to: '/ho-so', label: 'nav.myDossiers', show: (s) => hasRole(s, 'APPLICANT') },
  { to: '/ocop', label: 'nav.ocop', show: (s) => hasRole(s, 'APPLICANT') },
  { to: '/can-bo', label: 'nav.tasks', show: (s) => hasRole(s, ...OFFICER_ROLES) },
  { to: '/can-bo/phe-duyet', label: 'nav.approvals', show: (s) => hasRole(s, 'DEPARTMENT_LEADER') },
  {
    to: '/van-hanh',
    label: 'nav.operations',
    show: (s) => hasRole(s, 'OPERATOR', 'ADMIN', 'DEPARTMENT_LEADER', 'LOCAL_LEADER'),
  },
  { to: '/hoi-dong', label: 'nav.council', show: (s) => hasRole(s, 'COUNCIL_MEMBER') },
];

/** A one-shot message for the next page ("signed out"), read once per navigation (stable on re-render). */
let shown: { key: string; message: string | null } = { key: '', message: null };
function takeFlash(key: string): string | null {
  if (shown.key !== key) {
    shown = { key, message: sessionStorage.getItem('kc.flash') };
    sessionStorage.removeItem('kc.flash');
  }
  return shown.message;
}

/** Header (navigation, language, live unread badge), the page, and the footer. */
export function Layout() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { unread } = useLiveNotifications();
  const flash = takeFlash(location.key);

  const logout = () => {
    Auth.logout(); // also revokes the refresh token on the server
    sessionStorage.setItem('kc.flash', 'loggedOut');
    void navigate('/');
  };

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
          <nav className="site-nav" aria-label={t('nav.main')}>
            {NAV.filter((n) => n.show(session)).map((n) => (
              <NavLink key={n.to} to={n.to} end className="nav-link">
                {t(n.label)}
              </NavLink>
            ))}
            {session && (
              <NavLink to="/thong-bao" className="nav-link nav-inbox">
                {t('nav.inbox')}
                {unread > 0 && (
                  <span
                    className="unread-badge"
                    data-testid="unread-badge"
                    aria-label={t('nav.unread', { count: unread })}
                  >
                    {unread}
                  </span>
                )}
              </NavLink>
            )}
            <button
              type="button"
              className="btn btn-light btn-sm"
              lang={lang === 'vi' ? 'en' : 'vi'}
              onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
            >
              {t('nav.switchLang')}
            </button>
            {session ? (
              <>
                <span className="nav-user">
                  <span className="nav-user-name" title={session.user.email}>
                    {session.user.name}
                  </span>
                </span>
                <button type="button" className="btn btn-light btn-sm" onClick={logout}>
                  {t('nav.logout')}
                </button>
              </>
            ) : (
              <>
                <NavLink to="/dang-nhap" className="nav-link">
                  {t('nav.login')}
                </NavLink>
                <NavLink to="/dang-ky" className="btn btn-light btn-sm">
                  {t('nav.register')}
                </NavLink>
              </>
            )}
          </nav>
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
