import type { Role } from '../reference/roles';
import type { ApprovalTransition, ReasonField } from './procedure.types';

/** Rows of the procedure table by who acts: "<who>(to, needs)" reads as the row's roles, unit, way and fields. */
const by =
  (role: Role, unit: ApprovalTransition['unit']) =>
  (to: ApprovalTransition['to'], needs: readonly ReasonField[] = []): ApprovalTransition => ({
    roles: [role],
    unit,
    to,
    needs,
  });
export const local = by('LOCAL_OFFICER', 'LOCAL');
export const appraiser = by('DEPARTMENT_APPRAISER', 'DEPARTMENT');
export const member = by('COUNCIL_MEMBER', 'DEPARTMENT');
export const leader = by('DEPARTMENT_LEADER', 'DEPARTMENT');
export const operator = by('OPERATOR', 'ANY');

/** A stage nobody acts at: a dossier passes through it, or ends there. */
export const noTask = { task: null, actions: {} } as const;
