import type { Applied } from './stage-moves';
import type { SupportRequestState } from './support-request.types';

/**
 * A supplement was requested at `nowMs`: the stage's clock stops with the time it had left, and the
 * applicant's own deadline (`supplementDueAt`, from the step's activity) starts.
 */
export function pauseForSupplement(state: SupportRequestState, nowMs: number): SupportRequestState {
  const remaining = state.dueAt ? Math.max(0, Date.parse(state.dueAt) - nowMs) : undefined;
  return { ...state, awaitingSupplement: true, dueAt: undefined, pausedRemainingMs: remaining };
}

/** The applicant's supplement arrived at `nowMs`: the paused stage resumes with the time it had left. */
export function applySupplementReceived(state: SupportRequestState, nowMs: number): Applied {
  const resumed: SupportRequestState = {
    ...state,
    awaitingSupplement: false,
    supplementDueAt: undefined,
    pausedRemainingMs: undefined,
  };
  if (state.pausedRemainingMs === undefined) return { state: resumed, events: [] };
  const dueAt = new Date(nowMs + state.pausedRemainingMs).toISOString();
  return { state: { ...resumed, dueAt }, events: [{ type: 'DeadlineMoved', dueAt }] };
}
