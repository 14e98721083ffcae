import { templateById } from './criteria-packs';
import { evaluateAssessment } from './evaluate-indicator';
import type { RuralSelfAssessment } from './commune-facts';
import type { RuralAppraisalState } from './appraisal-state';
import type { RuralStep } from './rural-steps';
import { recorded, type Effect } from './rural-effect';

type EvidenceAction =
  'SUBMIT_SELF_ASSESSMENT' | 'SUBMIT_SUPPLEMENT' | 'VERIFY' | 'RECORD_POWER_CONFIRMATION' | 'RECORD_INSPECTION';

/** A (re)submitted self-assessment is evaluated afresh; the appraiser's decisions on the old one go. */
function submitted(s: RuralAppraisalState, assessment: RuralSelfAssessment): RuralStep[] {
  s.evaluation = evaluateAssessment(templateById(s.templateId), assessment);
  s.decisions = {};
  return [{ kind: 'SELF_ASSESSMENT_SUBMITTED', evaluation: s.evaluation }];
}

/** The evidence: the commune's self-assessment, the district's verification, the power company, the site. */
export const evidenceEffects: { [T in EvidenceAction]: Effect<T> } = {
  SUBMIT_SELF_ASSESSMENT: (s, a) => submitted(s, a.assessment),
  SUBMIT_SUPPLEMENT: (s, a) => submitted(s, a.assessment),
  VERIFY: (_s, a) => [recorded('VERIFY', `Cấp huyện thẩm tra: ${a.note}`, `District verified: ${a.note}`)],
  RECORD_POWER_CONFIRMATION: (s, a) => {
    s.powerConfirmationRef = a.documentRef;
    return [
      recorded(
        a.type,
        `Công ty Điện lực xác nhận (văn bản ${a.documentRef}).`,
        `Power company confirmed (${a.documentRef}).`,
      ),
    ];
  },
  RECORD_INSPECTION: (s, a) => {
    s.inspection = { minutes: a.minutes, documentRef: a.documentRef };
    return [
      recorded(
        a.type,
        `Biên bản kiểm tra thực tế ${a.documentRef}: ${a.minutes}`,
        `Site inspection minutes ${a.documentRef}.`,
      ),
    ];
  },
};
