import { packById, vietnamHolidays, WorkingDayCalendar } from '@kc/domain';
import { endOfVietnamDay, StageDeadlines } from './stage-deadlines';

describe('stage deadlines in working days', () => {
  const deadlines = new StageDeadlines(new WorkingDayCalendar(vietnamHolidays));
  const pack = packById('dong-nai-2025-07');

  it('runs a deadline to the end of the Vietnam day', () => {
    expect(endOfVietnamDay('2026-03-05')).toBe('2026-03-05T16:59:59.999Z');
  });

  it('counts reception’s days from the day of entry, skipping the weekend', () => {
    // Thursday 5 March 2026, 09:00 in Vietnam; reception has 3 working days → Tuesday 10 March.
    const due = deadlines.stageDue(pack, 'RECEPTION', new Date('2026-03-05T02:00:00Z'));
    expect(due).toBe('2026-03-10T16:59:59.999Z');
  });

  it('skips the Reunification and Labour Day holidays', () => {
    // Wednesday 29 April 2026: 30/4 and 1/5 are holidays, 2–3/5 the weekend → 3 working days end on Wed 6 May.
    expect(deadlines.stageDue(pack, 'RECEPTION', new Date('2026-04-29T02:00:00Z'))).toBe('2026-05-06T16:59:59.999Z');
  });

  it('gives no deadline to a stage the pack does not time', () => {
    expect(deadlines.stageDue(pack, 'IMPLEMENTATION', new Date('2026-03-05T02:00:00Z'))).toBeNull();
  });

  it('extends a deadline by working days from its own day', () => {
    expect(deadlines.extended('2026-03-06T16:59:59.999Z', 2)).toBe('2026-03-10T16:59:59.999Z');
  });

  it('adds up the stages still ahead for the apology’s new date (Form 04)', () => {
    // From council review on Mon 2 March 2026: council 7 + leader 5 = 12 working days → Wed 18 March.
    expect(deadlines.newExpectedDate(pack, 'COUNCIL_REVIEW', new Date('2026-03-02T02:00:00Z'))).toBe('2026-03-18');
  });
});
