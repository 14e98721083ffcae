import { recorded, type Effect } from './rural-effect';

type CourseAction = 'RETURN' | 'REQUEST_SUPPLEMENT' | 'REAPPRAISE' | 'REVOKE' | 'CANCEL';

/** What changes the appraisal's course: returned, sent for a supplement, appraised again, revoked, cancelled. */
export const courseEffects: { [T in CourseAction]: Effect<T> } = {
  RETURN: (_s, a) => [recorded(a.type, `Trả lại: ${a.reason}`, `Returned: ${a.reason}`)],
  REQUEST_SUPPLEMENT: (s, a) => {
    s.supplement = { items: a.items, returnTo: s.stage, dueAt: null };
    return [{ kind: 'SUPPLEMENT_REQUESTED', items: a.items }];
  },
  REAPPRAISE: (s, a) => {
    Object.assign(s, {
      round: s.round + 1,
      evaluation: null,
      decisions: {},
      powerConfirmationRef: null,
      inspection: null,
      conclusion: null,
      proposalNote: null,
      supplement: null,
    });
    return [
      recorded(a.type, `Thẩm định lại (lần ${s.round}): ${a.reason}`, `Re-appraisal (round ${s.round}): ${a.reason}`),
    ];
  },
  REVOKE: (s, a) => {
    s.revocation = { reason: a.reason, indicatorCodes: a.indicatorCodes };
    return [{ kind: 'REVOKED', reason: a.reason, indicatorCodes: a.indicatorCodes }];
  },
  CANCEL: (_s, a) => [recorded(a.type, `Hủy thẩm định: ${a.reason}`, `Appraisal cancelled: ${a.reason}`)],
};
