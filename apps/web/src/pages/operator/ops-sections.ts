// The operator pages' sections, and who may open each one.
import type { MessageKey } from '../../i18n/i18n';

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
