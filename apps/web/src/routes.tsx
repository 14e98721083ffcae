// The app's routes: the path of every page, and who may open it.
import { createBrowserRouter } from 'react-router';
import { Layout } from './ui/layout';
import { guarded, page } from './guard';
import { OFFICER_ROLES } from '@kc/domain/approval';
// Who reads the operations indicators (leaders read-only) and who works the operator pages.
import { INDICATOR_READERS, OPERATORS } from './pages/operator/ops-sections';

export const router = createBrowserRouter([
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
      { path: '/can-bo', element: guarded(OFFICER_ROLES, () => import('./pages/officer/tasks-page')) },
      { path: '/can-bo/nhiem-vu/:taskId', element: guarded(OFFICER_ROLES, () => import('./pages/officer/task-page')) },
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
