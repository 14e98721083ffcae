import type { Role } from '../reference/roles';
import type { RuralStage } from './rural-stages';

/** Whose unit an actor must belong to: the commune's, its district's (before 1/7/2025), the Department's. */
export type UnitScope = 'COMMUNE' | 'DISTRICT' | 'DEPARTMENT' | 'ANY';

/** Fields an action must carry with content (a reason, the minutes, a document reference…). */
export type NeededField =
  'reason' | 'note' | 'documentRef' | 'minutes' | 'items' | 'conclusionNumber' | 'indicatorCodes';

/**
 * One row of the procedure table: who may act (roles, in which unit), where the action leads, and what
 * it needs. `to`: a stage; null = stays; RETURN = back to the stage that asked for a supplement;
 * BY_OUTCOME = the procedure's outcome stage for the appraised result.
 */
export interface Transition {
  roles: readonly Role[];
  unit: UnitScope;
  to: RuralStage | null | 'RETURN' | 'BY_OUTCOME';
  needs: readonly NeededField[];
}
