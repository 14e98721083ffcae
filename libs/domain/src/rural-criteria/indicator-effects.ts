import type { RuralAppraisalState } from './appraisal-state';
import type { Effect } from './rural-effect';

const proposalOf = (s: RuralAppraisalState, code: string): 'DAT' | 'KHONG_DAT' =>
  s.evaluation?.indicators.find((i) => i.code === code)?.proposal === 'DAT' ? 'DAT' : 'KHONG_DAT';

/** The appraiser's decision on each indicator: the system's proposal confirmed, or overridden with a reason. */
export const indicatorEffects: { [T in 'CONFIRM_INDICATOR' | 'OVERRIDE_INDICATOR']: Effect<T> } = {
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
};
