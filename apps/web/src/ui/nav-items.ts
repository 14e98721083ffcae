// The site's main navigation: each entry and who sees it.
import type { MessageKey } from '../i18n/i18n';
import { OFFICER_ROLES } from '@kc/domain/approval';
import { hasRole, type useSession } from '../session';

export interface NavItem {
  to: string;
  label: MessageKey;
  show: (s: ReturnType<typeof useSession>) => boolean;
}
export const NAV: NavItem[] = [
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
