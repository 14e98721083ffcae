import type { Stage } from '@kc/contracts';
import { DEPARTMENT_UNIT, isLocalStage } from '@kc/domain';

/** Who an overdue stage is escalated to: the local unit's leader, or the Department's. */
export function escalationOf(stage: Stage, localUnitCode: string) {
  return isLocalStage(stage)
    ? { unitCode: localUnitCode, role: 'LOCAL_LEADER', assigneeId: null }
    : { unitCode: DEPARTMENT_UNIT, role: 'DEPARTMENT_LEADER', assigneeId: null };
}
