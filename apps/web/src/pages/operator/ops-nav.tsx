// The operator pages' section navigation, and who may open each section.
import { NavLink } from 'react-router';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { hasRole, useSession } from '../../session';

export const OPERATORS = ['OPERATOR', 'ADMIN'];
export const INDICATOR_READERS = [...OPERATORS, 'DEPARTMENT_LEADER', 'LOCAL_LEADER'];

interface Section {
  to: string;
  label: MessageKey;
  roles: string[];
}
export const OPS_SECTIONS: Section[] = [
  { to: '/van-hanh', label: 'ops.nav.dashboard', roles: INDICATOR_READERS },
  { to: '/van-hanh/quy-trinh', label: 'ops.nav.workflows', roles: OPERATORS },
  { to: '/van-hanh/bi-ket', label: 'ops.nav.stuck', roles: OPERATORS },
  { to: '/van-hanh/can-thiep', label: 'ops.nav.batch', roles: ['OPERATOR'] },
  { to: '/van-hanh/dlq', label: 'ops.nav.dlq', roles: OPERATORS },
  { to: '/van-hanh/kafka', label: 'ops.nav.lag', roles: OPERATORS },
  { to: '/van-hanh/nhat-ky', label: 'ops.nav.audit', roles: OPERATORS },
];

/** The operator pages' own navigation (only the sections the person may open). */
export function OpsNav() {
  const { t } = useI18n();
  const session = useSession();
  const sections = OPS_SECTIONS.filter((s) => hasRole(session, ...s.roles));
  if (sections.length < 2) return null;
  return (
    <nav className="ops-nav" aria-label={t('ops.nav.sections')}>
      {sections.map((s) => (
        <NavLink key={s.to} to={s.to} end className="ops-nav-link">
          {t(s.label)}
        </NavLink>
      ))}
    </nav>
  );
}
