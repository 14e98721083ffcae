// How routes load their pages: each page its own lazy chunk, and behind sign-in and a role when guarded.
import { lazy, type ComponentType, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { hasRole, useSession } from './session';

/** Route-level code splitting: each page is its own chunk, loaded on first visit. */
export const page = (load: () => Promise<{ default: ComponentType }>) => {
  const Page = lazy(load);
  return <Page />;
};

/**
 * Made once: a lazy component created while rendering is a new component each render, so it suspends for
 * ever (a leader sent to an operator-only page saw "Đang tải…" and never the refusal).
 */
const ForbiddenPage = lazy(() => import('./pages/public/forbidden-page'));

/** Pages behind sign-in (and a role): anyone else goes to the sign-in page and comes back after. */
function Guard({ roles, children }: { roles?: readonly string[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    sessionStorage.setItem('kc.flash', 'mustLogin');
    return <Navigate to={`/dang-nhap?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  if (roles && !hasRole(session, ...roles)) return <ForbiddenPage />;
  return <>{children}</>;
}

export const guarded = (roles: readonly string[] | undefined, load: () => Promise<{ default: ComponentType }>) => (
  <Guard roles={roles}>{page(load)}</Guard>
);
