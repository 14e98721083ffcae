/**
 * Working days for legal deadlines: Monday to Friday, minus public holidays (ngày nghỉ lễ, Tết) and
 * plus make-up Saturdays (ngày làm bù) that the government announces each year. Lunar-dated holidays
 * (Tết, Giỗ Tổ Hùng Vương) move every year, so holidays are a yearly table an administrator extends.
 */
export interface HolidayTable {
  /** ISO dates (YYYY-MM-DD) that are days off although Monday–Friday. */
  holidays: readonly string[];
  /** ISO dates that are working days although Saturday or Sunday. */
  makeUpWorkdays?: readonly string[];
}

const DAY_MS = 86_400_000;

function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseIsoDate(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

export class WorkingDayCalendar {
  private readonly holidays: Set<string>;
  private readonly makeUp: Set<string>;
  private readonly years: Set<number>;

  constructor(tables: Readonly<Record<number, HolidayTable>>) {
    this.years = new Set(Object.keys(tables).map(Number));
    this.holidays = new Set(Object.values(tables).flatMap((t) => t.holidays));
    this.makeUp = new Set(Object.values(tables).flatMap((t) => t.makeUpWorkdays ?? []));
  }

  /** Whether a day (ISO date) is a working day. Refuses a year with no holiday table rather than guess. */
  isWorkingDay(iso: string): boolean {
    const date = parseIsoDate(iso);
    const year = date.getUTCFullYear();
    if (!this.years.has(year)) throw new RangeError(`no holiday table for ${year}: an administrator must add it`);
    if (this.makeUp.has(iso)) return true;
    const weekday = date.getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(iso);
  }

  /**
   * The day on which a period of `days` working days ends, counting from the day after `start`
   * (a dossier received on Friday with 1 working day is due the next working day).
   */
  addWorkingDays(start: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole, non-negative number');
    let date = parseIsoDate(start);
    let left = days;
    while (left > 0) {
      date = new Date(date.getTime() + DAY_MS);
      if (this.isWorkingDay(toIsoDate(date))) left -= 1;
    }
    return toIsoDate(date);
  }

  /** Working days strictly after `from` up to and including `to` (0 if `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let d = parseIsoDate(from).getTime() + DAY_MS; d <= parseIsoDate(to).getTime(); d += DAY_MS) {
      if (this.isWorkingDay(toIsoDate(new Date(d)))) count += 1;
    }
    return count;
  }
}
