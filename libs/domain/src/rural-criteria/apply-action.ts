import { transitionOf } from './decide-action';
import { ruralProcedureById } from './procedures';
import type { RuralAction, RuralActionType } from './rural-actions';
import type { RuralActor, RuralAppraisalState } from './appraisal-state';
import type { RuralStage } from './rural-stages';
import type { RuralStep } from './rural-steps';
import type { Effect } from './rural-effect';
import { submissionEffects } from './submission-effects';
import { evidenceEffects } from './evidence-effects';
import { indicatorEffects } from './indicator-effects';
import { conclusionEffects } from './conclusion-effects';
import { courseEffects } from './course-effects';
import { moveTo } from './stage-moves';

/** What each action changes besides the stage, and what it records. */
const effects: { [T in RuralActionType]: Effect<T> } = {
  ...submissionEffects,
  ...evidenceEffects,
  ...indicatorEffects,
  ...conclusionEffects,
  ...courseEffects,
};

/** Where the table sends the appraisal after the action (null: it stays). */
function nextStage(s: RuralAppraisalState, to: RuralStage | null | 'RETURN' | 'BY_OUTCOME'): RuralStage | null {
  if (to === 'RETURN') return s.supplement?.returnTo ?? null;
  if (to === 'BY_OUTCOME') return ruralProcedureById(s.procedureId).outcomes[s.conclusion?.outcome ?? 'KHONG_DAT'];
  return to;
}

const noteOf = (a: RuralAction): string | null =>
  'reason' in a && a.reason ? a.reason : 'note' in a && a.note ? a.note : null;

/**
 * The state after an action the validator accepted, and the steps to record in order: the action's own,
 * then the stage change. Works on a copy; the caller's state is untouched.
 */
export function applyRuralAction(
  state: RuralAppraisalState,
  actor: RuralActor,
  action: RuralAction,
): { state: RuralAppraisalState; steps: RuralStep[] } {
  // JSON copy: structuredClone is not in every Temporal workflow sandbox.
  const s = JSON.parse(JSON.stringify(state)) as RuralAppraisalState;
  const t = transitionOf(ruralProcedureById(s.procedureId), s.stage, action.type);
  if (!t) throw new RangeError(`${action.type} is not possible at ${s.stage}`);
  const effect = effects[action.type] as Effect<RuralActionType>;
  const steps = effect(s, action, actor);
  const to = nextStage(s, t.to);
  if (t.to === 'RETURN') s.supplement = null;
  if (to && to !== s.stage) steps.push(...moveTo(s, to, noteOf(action)));
  return { state: s, steps };
}
