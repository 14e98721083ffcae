// The header's navigation: the entries the person may see, the inbox with its live unread badge, the
// language switch and the account links.
import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLiveNotifications } from '../notifications-live';
import { AccountLinks } from './account-links';
import { NAV } from './nav-items';

export function SiteNav() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const { unread } = useLiveNotifications();
  return (
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
            <span className="unread-badge" data-testid="unread-badge" aria-label={t('nav.unread', { count: unread })}>
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
      <AccountLinks />
    </nav>
  );
}
