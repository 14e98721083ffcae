import { approvalProcedure } from './approval-procedure';
import { end, type Applied } from './stage-moves';
import type { SupportRequestState } from './support-request.types';

/** No answer to a supplement request in time: the dossier expires. */
export function applySupplementExpired(state: SupportRequestState): Applied {
  const reason = 'Quá hạn bổ sung hồ sơ';
  return end(state, approvalProcedure.ends.supplementExpired, reason, [{ type: 'ApplicationExpired', reason }]);
}

/** 75 % of the stage's time has passed. */
export function applySlaWarning(state: SupportRequestState): Applied {
  return { state: { ...state, slaWarned: true }, events: [{ type: 'SlaWarning' }] };
}

/** The stage's deadline passed: overdue, escalated, apology to the applicant (Form 04). */
export function applySlaBreach(state: SupportRequestState): Applied {
  return { state: { ...state, slaWarned: true, overdue: true }, events: [{ type: 'SlaBreached' }] };
}

/** The applicant withdrew: the dossier ends in WITHDRAWN from any stage that has not ended. */
export function applyWithdrawal(state: SupportRequestState, reason: string): Applied {
  return end(state, approvalProcedure.ends.withdrawn, reason, []);
}
