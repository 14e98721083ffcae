import { templateById } from './criteria-packs';
import { evaluateAssessment } from './evaluate-indicator';
import type { RuralSelfAssessment } from './self-assessment.types';
import type { RuralAppraisalState } from './appraisal-state';
import type { RuralStep } from './rural-steps';
import type { Effect } from './rural-effect';

/** A (re)submitted self-assessment is evaluated afresh; the appraiser's decisions on the old one go. */
function submitted(s: RuralAppraisalState, assessment: RuralSelfAssessment): RuralStep[] {
  s.evaluation = evaluateAssessment(templateById(s.templateId), assessment);
  s.decisions = {};
  return [{ kind: 'SELF_ASSESSMENT_SUBMITTED', evaluation: s.evaluation }];
}

/** The commune's self-assessment, first or as a supplement. */
export const submissionEffects: { [T in 'SUBMIT_SELF_ASSESSMENT' | 'SUBMIT_SUPPLEMENT']: Effect<T> } = {
  SUBMIT_SELF_ASSESSMENT: (s, a) => submitted(s, a.assessment),
  SUBMIT_SUPPLEMENT: (s, a) => submitted(s, a.assessment),
};
