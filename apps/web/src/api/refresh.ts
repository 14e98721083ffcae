// Keeps a sign-in alive with the gateway's rotating refresh token, and ends it on the server at logout.
import { clearSession, getSession, saveSession } from '../session';
import type { LoginResponse } from './types';

/** Beside the session, in this tab's sessionStorage: forgotten with the tab, like the access token. */
const REFRESH_KEY = 'kc.refresh';
/** Renew this long before the access token lapses, so a request never leaves with a dying token. */
const RENEW_EARLY_MS = 60_000;

let renewing: Promise<boolean> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleRenewal(expiresAt: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void renewSession(), Math.max(0, expiresAt - Date.now() - RENEW_EARLY_MS));
}

/** After sign-in or refresh: keep the new refresh token (the old one is spent) and plan the next renewal. */
export function keepTokens(tokens: LoginResponse): void {
  sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  scheduleRenewal(saveSession(tokens).expiresAt);
}

export function forgetRefreshToken(): void {
  clearTimeout(timer);
  sessionStorage.removeItem(REFRESH_KEY);
}

/**
 * Exchanges the refresh token for a new pair; true when the session was renewed. Concurrent callers share
 * one exchange: the token is single-use, and presenting it twice would end the sign-in everywhere.
 */
export function renewSession(): Promise<boolean> {
  renewing ??= exchange().finally(() => (renewing = null));
  return renewing;
}

async function exchange(): Promise<boolean> {
  const refreshToken = sessionStorage.getItem(REFRESH_KEY);
  if (!refreshToken) return false;
  try {
    const res = await fetch('/api/identity/refresh', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    if (res.status === 401) forgetRefreshToken(); // spent, expired or revoked: only signing in helps
    if (!res.ok) return false;
    keepTokens((await res.json()) as LoginResponse);
    return true;
  } catch {
    return false; // offline: keep the token and try again with the next request
  }
}

export const canRenew = () => sessionStorage.getItem(REFRESH_KEY) !== null;

/** Sign out here, and revoke the refresh token on the server so a copy of it is worthless too. */
export function endSession(): void {
  const refreshToken = sessionStorage.getItem(REFRESH_KEY);
  forgetRefreshToken();
  clearSession();
  if (refreshToken)
    void fetch('/api/identity/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined);
}

// A reloaded tab picks up where it was: renew before the token lapses, or now if it already has.
const current = getSession();
if (canRenew()) scheduleRenewal(current?.expiresAt ?? Date.now());
