import type { WorkingDayCalendar } from '@kc/domain';

const DAY_MS = 86_400_000;
/** Vietnam is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The Vietnamese calendar date (YYYY-MM-DD) of an instant. */
export function vietnamDay(instantMs: number): string {
  return new Date(instantMs + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Working days elapsed between two instants, as a fraction: the part of [from, to) that falls on
 * Vietnamese working days, in days. A dossier that waits from Friday 16:00 to Monday 08:00 has waited
 * 8/24 + 8/24 of a working day, not three days.
 */
export function workingDaysElapsed(calendar: WorkingDayCalendar, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0;
  let total = 0;
  // Midnight (Vietnam time) that starts the day `fromMs` falls in.
  let dayStart = Math.floor((fromMs + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS - VIETNAM_OFFSET_MS;
  for (; dayStart < toMs; dayStart += DAY_MS) {
    if (!calendar.isWorkingDay(vietnamDay(dayStart))) continue;
    total += Math.min(toMs, dayStart + DAY_MS) - Math.max(fromMs, dayStart);
  }
  return total / DAY_MS;
}
