import { WorkingDayCalendar } from './working-day-calendar';
import { vietnamHolidays } from './vietnam-holidays';

// A small table of its own, so these tests check the counting, not the official holiday list.
const calendar = new WorkingDayCalendar({
  2026: {
    holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-30', '2026-05-01'],
    makeUpWorkdays: ['2026-05-09'],
  },
});

describe('working-day calendar', () => {
  it.each([
    ['Friday + 1 → Monday', '2026-01-09', 1, '2026-01-12'],
    ['Monday + 5 → next Monday', '2026-01-05', 5, '2026-01-12'],
    ['+ 0 is the same day', '2026-01-07', 0, '2026-01-07'],
    ['Tết week is skipped', '2026-02-13', 1, '2026-02-23'],
    ['a make-up Saturday counts', '2026-05-08', 1, '2026-05-09'],
    ['30/4 and 1/5 are skipped', '2026-04-29', 1, '2026-05-04'],
  ])('%s', (_label, start, days, expected) => {
    expect(calendar.addWorkingDays(start, days)).toBe(expected);
  });

  it('counts working days between two dates', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(calendar.workingDaysBetween('2026-01-05', '2026-01-12')).toBe(5);
    expect(calendar.workingDaysBetween('2026-01-12', '2026-01-05')).toBe(0);
  });

  it('refuses to guess for a year without a holiday table', () => {
    expect(() => calendar.addWorkingDays('2026-12-30', 5)).toThrow('no holiday table for 2027');
  });

  it('refuses malformed input', () => {
    expect(() => calendar.addWorkingDays('28/11/2026', 1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
  });

  it('ships tables for every year from the 2020 plan to next year, none listing a weekend', () => {
    const years = Object.keys(vietnamHolidays).map(Number);
    for (let y = 2020; y <= 2027; y++) expect(years).toContain(y);
    for (const table of Object.values(vietnamHolidays)) {
      for (const day of table.holidays) expect([0, 6]).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
    }
  });
});
