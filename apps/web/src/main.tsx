import { StrictMode, lazy, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from './i18n/i18n';
import { NotificationsLive } from './notifications-live';
import { hasRole, useSession } from './session';
import { Layout } from './ui/layout';
import './styles.css';

/** Route-level code splitting: each page is its own chunk, loaded on first visit. */
const page = (load: () => Promise<{ default: ComponentType }>) => {
  const Page = lazy(load);
  return <Page />;
};

/**
 * Made once: a lazy component created while rendering is a new component each render, so it suspends for
 * ever (a leader sent to an operator-only page saw "Đang tải…" and never the refusal).
 */
const ForbiddenPage = lazy(() => import('./pages/public/forbidden-page'));

/** Pages behind sign-in (and a role): anyone else goes to the sign-in page and comes back after. */
function Guard({ roles, children }: { roles?: string[]; children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    sessionStorage.setItem('kc.flash', 'mustLogin');
    return <Navigate to={`/dang-nhap?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  if (roles && !hasRole(session, ...roles)) return <ForbiddenPage />;
  return <>{children}</>;
}

const OFFICERS = [
  'LOCAL_OFFICER',
  'LOCAL_LEADER',
  'DEPARTMENT_APPRAISER',
  'COUNCIL_MEMBER',
  'DEPARTMENT_LEADER',
  'OPERATOR',
];
/** Who reads the operations indicators (leaders read-only) and who works the operator pages. */
const OPERATORS = ['OPERATOR', 'ADMIN'];
const INDICATOR_READERS = [...OPERATORS, 'DEPARTMENT_LEADER', 'LOCAL_LEADER'];
const guarded = (roles: string[] | undefined, load: () => Promise<{ default: ComponentType }>) => (
  <Guard roles={roles}>{page(load)}</Guard>
);

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: page(() => import('./pages/public/home-page')) },
      { path: '/dang-nhap', element: page(() => import('./pages/public/login-page')) },
      { path: '/dang-ky', element: page(() => import('./pages/public/register-page')) },
      { path: '/tra-cuu', element: page(() => import('./pages/public/lookup-page')) },
      { path: '/ocop/chung-nhan', element: page(() => import('./pages/public/certificate-page')) },
      { path: '/ho-so', element: guarded(['APPLICANT'], () => import('./pages/applicant/dossiers-page')) },
      { path: '/ho-so/moi', element: guarded(['APPLICANT'], () => import('./pages/applicant/new-dossier-page')) },
      { path: '/ho-so/:id', element: guarded(['APPLICANT'], () => import('./pages/applicant/dossier-page')) },
      { path: '/thong-bao', element: guarded(undefined, () => import('./pages/applicant/inbox-page')) },
      { path: '/ocop', element: guarded(['APPLICANT'], () => import('./pages/ocop/products-page')) },
      { path: '/ocop/dang-ky', element: guarded(['APPLICANT'], () => import('./pages/ocop/register-product-page')) },
      { path: '/ocop/san-pham/:id', element: guarded(undefined, () => import('./pages/ocop/product-page')) },
      { path: '/can-bo', element: guarded(OFFICERS, () => import('./pages/officer/tasks-page')) },
      { path: '/can-bo/nhiem-vu/:taskId', element: guarded(OFFICERS, () => import('./pages/officer/task-page')) },
      {
        path: '/can-bo/phe-duyet',
        element: guarded(['DEPARTMENT_LEADER', 'LOCAL_LEADER'], () => import('./pages/officer/leader-page')),
      },
      { path: '/hoi-dong', element: guarded(['COUNCIL_MEMBER'], () => import('./pages/council/council-tasks-page')) },
      {
        path: '/hoi-dong/:evaluationId',
        element: guarded(['COUNCIL_MEMBER'], () => import('./pages/council/score-sheet-page')),
      },
      // Operations (lazy: recharts and the operator pages never load for applicants).
      { path: '/van-hanh', element: guarded(INDICATOR_READERS, () => import('./pages/operator/dashboard-page')) },
      { path: '/van-hanh/quy-trinh', element: guarded(OPERATORS, () => import('./pages/operator/workflows-page')) },
      { path: '/van-hanh/bi-ket', element: guarded(OPERATORS, () => import('./pages/operator/stuck-page')) },
      { path: '/van-hanh/can-thiep', element: guarded(['OPERATOR'], () => import('./pages/operator/batch-page')) },
      { path: '/van-hanh/dlq', element: guarded(OPERATORS, () => import('./pages/operator/dlq-page')) },
      { path: '/van-hanh/kafka', element: guarded(OPERATORS, () => import('./pages/operator/lag-page')) },
      { path: '/van-hanh/nhat-ky', element: guarded(OPERATORS, () => import('./pages/operator/audit-page')) },
      { path: '*', element: page(() => import('./pages/public/not-found-page')) },
    ],
  },
]);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 5_000, refetchOnWindowFocus: true } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <NotificationsLive>
          <RouterProvider router={router} />
        </NotificationsLive>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
