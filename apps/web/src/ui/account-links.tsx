// The header's account part: the signed-in person and sign-out, or sign-in and registration.
import { NavLink, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { Auth } from '../api/auth';
import { useSession } from '../session';

export function AccountLinks() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const logout = () => {
    Auth.logout(); // also revokes the refresh token on the server
    sessionStorage.setItem('kc.flash', 'loggedOut');
    void navigate('/');
  };
  return session ? (
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
  );
}
