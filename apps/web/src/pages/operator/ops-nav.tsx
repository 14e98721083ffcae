// The operator pages' section navigation (the sections and their roles: ops-sections.ts).
import { NavLink } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { hasRole, useSession } from '../../session';
import { OPS_SECTIONS } from './ops-sections';

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
