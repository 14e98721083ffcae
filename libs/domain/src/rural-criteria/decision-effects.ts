import { appraisedOutcome } from './decide-action';
import type { RuralAppraisalState } from './appraisal-state';
import { recorded, type Effect } from './rural-effect';

type DecisionAction = 'CONFIRM_INDICATOR' | 'OVERRIDE_INDICATOR' | 'PROPOSE_CONCLUSION' | 'SIGN_CONCLUSION';

const proposalOf = (s: RuralAppraisalState, code: string): 'DAT' | 'KHONG_DAT' =>
  s.evaluation?.indicators.find((i) => i.code === code)?.proposal === 'DAT' ? 'DAT' : 'KHONG_DAT';

/** The Department's decisions: each indicator confirmed or overridden, then the conclusion drafted and signed. */
export const decisionEffects: { [T in DecisionAction]: Effect<T> } = {
  CONFIRM_INDICATOR: (s, a, actor) => {
    const proposal = proposalOf(s, a.indicatorCode);
    const decision = { proposal, verdict: proposal, overridden: false, reason: null, by: actor.userId };
    s.decisions[a.indicatorCode] = decision;
    return [{ kind: 'INDICATOR_DECIDED', code: a.indicatorCode, decision }];
  },
  OVERRIDE_INDICATOR: (s, a, actor) => {
    const proposal = proposalOf(s, a.indicatorCode);
    const decision = {
      proposal,
      verdict: a.verdict,
      overridden: a.verdict !== proposal,
      reason: a.reason ?? null,
      by: actor.userId,
    };
    s.decisions[a.indicatorCode] = decision;
    return [{ kind: 'INDICATOR_DECIDED', code: a.indicatorCode, decision }];
  },
  PROPOSE_CONCLUSION: (s, a) => {
    s.proposalNote = a.note;
    return [recorded(a.type, `Dự thảo kết luận: ${a.note}`, `Draft conclusion: ${a.note}`)];
  },
  SIGN_CONCLUSION: (s, a, actor) => {
    const outcome = appraisedOutcome(s);
    s.conclusion = { outcome, number: a.conclusionNumber, note: s.proposalNote, signedBy: actor.userId };
    const indicators = Object.entries(s.decisions).map(([code, d]) => ({
      code,
      verdict: d.verdict,
      overridden: d.overridden,
    }));
    return [{ kind: 'CONCLUDED', outcome, conclusionNumber: a.conclusionNumber, indicators }];
  },
};
