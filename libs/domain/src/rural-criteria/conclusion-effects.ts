import { appraisedOutcome } from './decide-action';
import { recorded, type Effect } from './rural-effect';

/** The conclusion: drafted by the appraiser, signed by the leader with the outcome the decisions give. */
export const conclusionEffects: { [T in 'PROPOSE_CONCLUSION' | 'SIGN_CONCLUSION']: Effect<T> } = {
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
