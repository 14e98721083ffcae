/** The signed-in applicant, kept for this browser tab only (sessionStorage). */
const KEY = 'kc.session';
const listeners = new Set();

export function getSession() {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (!s || Date.now() >= s.expiresAt) return null;
    return s;
  } catch {
    return null;
  }
}

export function saveSession({ accessToken, expiresIn, user }) {
  // Expire a little early so a request never leaves with a token about to lapse.
  const session = { token: accessToken, user, expiresAt: Date.now() + (expiresIn - 30) * 1000 };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((fn) => fn(session));
}

export function clearSession() {
  sessionStorage.removeItem(KEY);
  listeners.forEach((fn) => fn(null));
}

export function onSessionChange(fn) {
  listeners.add(fn);
}
