import { useSyncExternalStore } from 'react';
import type { SessionUser } from '@kc/contracts';

export type { SessionUser };
export interface Session {
  token: string;
  user: SessionUser;
  expiresAt: number;
}

/** Kept for this browser tab only (sessionStorage): a shared computer forgets it with the tab. */
const KEY = 'kc.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

export function getSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (raw !== cached.raw) {
    let session: Session | null = null;
    try {
      session = raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      session = null;
    }
    cached = { raw, session };
  }
  const s = cached.session;
  return s && Date.now() < s.expiresAt ? s : null;
}

export function saveSession(login: { accessToken: string; expiresIn: number; user: SessionUser }): Session {
  // Expire a little early so a request never leaves with a token about to lapse.
  const session = { token: login.accessToken, user: login.user, expiresAt: Date.now() + (login.expiresIn - 30) * 1000 };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((fn) => fn());
  return session;
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((fn) => fn());
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => listeners.delete(fn);
};

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}

export const hasRole = (session: Session | null, ...roles: string[]) =>
  !!session && session.user.roles.some((r) => roles.includes(r));

/** Where a person lands after signing in. */
export function homeOf(user: SessionUser): string {
  if (user.roles.includes('APPLICANT')) return '/ho-so';
  if (user.roles.includes('DEPARTMENT_LEADER')) return '/can-bo/phe-duyet';
  if (user.roles.includes('OPERATOR') || user.roles.includes('ADMIN')) return '/van-hanh';
  return '/can-bo';
}
