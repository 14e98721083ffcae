import type { RuralAction, RuralActionType } from './rural-actions';
import type { RuralActor, RuralAppraisalState } from './appraisal-state';
import type { RuralStep } from './rural-steps';

/**
 * What one action changes in the appraisal besides its stage (on the copy it is given), and the steps it
 * records. Each part of the procedure keeps its own table of them.
 */
export type Effect<T extends RuralActionType> = (
  s: RuralAppraisalState,
  a: Extract<RuralAction, { type: T }>,
  actor: RuralActor,
) => RuralStep[];

/** A step that only says, in both languages, what was done. */
export const recorded = (action: RuralActionType, textVi: string, textEn: string): RuralStep => ({
  kind: 'ACTION_RECORDED',
  action,
  textVi,
  textEn,
});
