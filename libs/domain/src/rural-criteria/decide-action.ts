/**
 * The appraisal as pure functions over the procedure table: `checkRuralAction` (the workflow's Update
 * validator: refused → nothing changes) and `applyRuralAction` (next state and the steps to record).
 * Deterministic, no clock and no I/O, so `ruralCriteriaAppraisalWorkflow` runs it unchanged.
 */
import { guards, type Guard } from './action-guards';
import { isOpenStage, ruralProcedureById } from './procedures';
import type { NeededField, Transition, UnitScope } from './transition.types';
import type { RuralProcedure } from './procedure.types';
import type { RuralAction, RuralActionType } from './rural-actions';
import type { RuralActor, RuralAppraisalState } from './appraisal-state';
import type { RuralRefusal } from './refusals';
import type { RuralStage } from './rural-stages';
import { ruralRefusals } from './refusals';
import { ruralStageNames } from './stage-names';

export const DEPARTMENT_UNIT_CODE = 'DN-SCT';

/** The row of the table for this action at this stage, if any. */
export function transitionOf(
  procedure: RuralProcedure,
  stage: RuralStage,
  type: RuralActionType,
): Transition | undefined {
  return (
    procedure.stages[stage].actions[type] ?? (isOpenStage(procedure, stage) ? procedure.anyOpenStage[type] : undefined)
  );
}

/** The units whose officers may act for a scope (undefined: any unit). */
const unitsOf: Record<UnitScope, (s: RuralAppraisalState) => (string | null | undefined)[] | undefined> = {
  COMMUNE: (s) => [s.communeCode, s.communeSuccessorCode],
  DISTRICT: (s) => [s.districtCode],
  DEPARTMENT: () => [DEPARTMENT_UNIT_CODE],
  ANY: () => undefined,
};

const hasContent = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim().length >= 5;

/** Null when the actor may take the action now; else why not. */
export function checkRuralAction(s: RuralAppraisalState, actor: RuralActor, action: RuralAction): RuralRefusal | null {
  const procedure = ruralProcedureById(s.procedureId);
  const t = transitionOf(procedure, s.stage, action.type);
  if (!t) return ruralRefusals.noSuchAction(ruralStageNames[s.stage].vi, action.type);
  if (!t.roles.some((role) => actor.roles.includes(role))) return ruralRefusals.wrongRole(t.roles);
  const units = unitsOf[t.unit](s);
  if (units && !units.some((u) => u && u === actor.unitCode)) return ruralRefusals.wrongUnit;
  const fields = action as unknown as Record<NeededField, unknown>;
  const missing = t.needs.find((field) => !hasContent(fields[field]));
  if (missing) return ruralRefusals.missing(missing);
  const guard = guards[action.type] as Guard<RuralActionType> | undefined;
  return guard?.(s, action) ?? null;
}

/** The outcome the appraised indicators give: Đạt only when every indicator's verdict is Đạt. */
export function appraisedOutcome(s: RuralAppraisalState): 'DAT' | 'KHONG_DAT' {
  return Object.values(s.decisions).every((d) => d.verdict === 'DAT') ? 'DAT' : 'KHONG_DAT';
}
