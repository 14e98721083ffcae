import { templateById } from './criteria-packs';
import { evaluateAssessment } from './evaluate-indicator';
import type { RuralSelfAssessment } from './self-assessment.types';
import type { RuralAction, RuralActionType } from './rural-actions';
import type { RuralAppraisalState } from './appraisal-state';
import { ruralRefusals, type RuralRefusal } from './refusals';

/** A check an action needs beyond its row of the table: null when it passes. */
export type Guard<T extends RuralActionType> = (
  s: RuralAppraisalState,
  a: Extract<RuralAction, { type: T }>,
) => RuralRefusal | null;

function completeness(s: RuralAppraisalState, assessment: RuralSelfAssessment): RuralRefusal | null {
  const evaluation = evaluateAssessment(templateById(s.templateId), assessment);
  if (evaluation.complete) return null;
  const missing = evaluation.indicators.flatMap((i) => [
    ...i.missing.map((m) => `${i.code}: ${m}`),
    ...i.missingEvidence.map((e) => `${i.code}: ${e}`),
  ]);
  return ruralRefusals.incomplete(missing);
}

const knownIndicator = (s: RuralAppraisalState, code: string) =>
  templateById(s.templateId).indicators.some((i) => i.code === code) ? null : ruralRefusals.unknownIndicator(code);

/** Checks an action needs beyond its row of the table. */
export const guards: { [T in RuralActionType]?: Guard<T> } = {
  SUBMIT_SELF_ASSESSMENT: (s, a) => completeness(s, a.assessment),
  SUBMIT_SUPPLEMENT: (s, a) => completeness(s, a.assessment),
  CONFIRM_INDICATOR: (s, a) => knownIndicator(s, a.indicatorCode),
  OVERRIDE_INDICATOR: (s, a) => knownIndicator(s, a.indicatorCode),
  PROPOSE_CONCLUSION: (s) => {
    const pending = templateById(s.templateId)
      .indicators.map((i) => i.code)
      .filter((c) => !s.decisions[c]);
    return pending.length ? ruralRefusals.indicatorsPending(pending) : null;
  },
  REVOKE: (s, a) => a.indicatorCodes.map((c) => knownIndicator(s, c)).find((x) => x !== null) ?? null,
};
