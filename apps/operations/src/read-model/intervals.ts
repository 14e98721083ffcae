// Intervals of epoch milliseconds (a pause, a budget wait) and the sums of their working days.
import type { WorkingDayCalendar } from '@kc/domain';
import { workingDaysElapsed } from './working-time';

/** From, and to (null while it lasts), in epoch ms. */
export type Interval = [number, number | null];

export const round3 = (n: number) => Math.round(n * 1000) / 1000;
export const iso = (ms: number) => new Date(ms).toISOString();
export const closeOpen = (intervals: Interval[], at: number) =>
  intervals.forEach((i) => {
    if (i[1] === null) i[1] = at;
  });
export const isOpen = (intervals: Interval[]) => intervals.some((i) => i[1] === null);

/** Sums a list of intervals, the open one up to `until` (or left out when `until` is null). */
export function spans(
  calendar: WorkingDayCalendar,
  intervals: Interval[],
  until: number | null,
): { ms: number; days: number } {
  let ms = 0;
  let days = 0;
  for (const [from, to] of intervals) {
    const end = to ?? until;
    if (end === null) continue;
    ms += end - from;
    days += workingDaysElapsed(calendar, from, end);
  }
  return { ms, days: round3(days) };
}

/** The visit a case starts when it enters `stage` at `at`, number `seq` of its visits. */
