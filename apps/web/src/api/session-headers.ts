// What every request does with the session: send its token, and forget it when the server no longer takes it.
import { clearSession, getSession } from '../session';
import { forgetRefreshToken } from './refresh';

export function authHeaders(): Record<string, string> {
  const session = getSession();
  return session ? { Authorization: `Bearer ${session.token}` } : {};
}

/** A signed-in request answered 401 even after a refresh: forget the session so the app asks to sign in. */
export function onUnauthorized(status: number, hadSession: boolean) {
  if (status === 401 && hadSession) {
    forgetRefreshToken();
    clearSession();
    sessionStorage.setItem('kc.flash', 'sessionExpired');
  }
}
