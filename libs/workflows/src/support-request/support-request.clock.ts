import {
  applySlaBreach,
  applySlaWarning,
  applySupplementExpired,
  type Applied,
  type SupportRequestState,
} from '@kc/domain/approval';

/** Share of a stage's time after which its officers are warned. */
const WARNING_SHARE = 0.75;

/**
 * Milliseconds until the next deadline-driven step, or undefined when no clock runs. `windowStartMs`:
 * when the current deadline's window opened (the warning falls at 75 % of it).
 */
export function msToNextDeadline(state: SupportRequestState, windowStartMs: number, now: number): number | undefined {
  if (state.awaitingSupplement && state.supplementDueAt) return Date.parse(state.supplementDueAt) - now;
  if (!state.dueAt || state.overdue) return undefined;
  const due = Date.parse(state.dueAt);
  const warnAt = windowStartMs + (due - windowStartMs) * WARNING_SHARE;
  return (state.slaWarned ? due : warnAt) - now;
}

/** The step a deadline that came due at `now` causes: the supplement expired, the stage breached, or a warning. */
export function deadlineStep(state: SupportRequestState, now: number): { cause: string; applied: Applied } | undefined {
  if (state.awaitingSupplement && state.supplementDueAt && now >= Date.parse(state.supplementDueAt))
    return { cause: 'SUPPLEMENT_EXPIRED', applied: applySupplementExpired(state) };
  if (state.dueAt && now >= Date.parse(state.dueAt)) return { cause: 'SLA_BREACHED', applied: applySlaBreach(state) };
  if (state.dueAt && !state.slaWarned) return { cause: 'SLA_WARNING', applied: applySlaWarning(state) };
  return undefined;
}
