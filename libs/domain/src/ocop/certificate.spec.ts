import {
  addCalendarMonths,
  certificateDates,
  certificateExpiry,
  certificateReminderDate,
  isCertificateValidOn,
} from './certificate';
import { ocopPack1489 } from './ocop-packs';

// Civil Code 2015 art. 147–148: the corresponding day 36 months later, or the last day of that month.
describe('OCOP certificate: valid 36 months, reminder 90 days before expiry', () => {
  it.each([
    ['2024-03-15', '2027-03-15', '2026-12-15'],
    ['2024-02-29', '2027-02-28', '2026-11-30'],
    ['2021-02-28', '2024-02-28', '2023-11-30'],
    ['2023-12-31', '2026-12-31', '2026-10-02'],
    ['2024-01-15', '2027-01-15', '2026-10-17'],
  ])('issued %s: valid through %s, reminder on %s', (issued, expiry, reminder) => {
    expect(certificateExpiry(issued)).toBe(expiry);
    expect(certificateReminderDate(expiry)).toBe(reminder);
    expect(certificateDates(ocopPack1489, issued)).toEqual({
      issueDate: issued,
      expiryDate: expiry,
      reminderDate: reminder,
    });
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-08-31', 1, '2024-09-30'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-05-20', 0, '2024-05-20'],
  ])('month arithmetic: %s + %i months = %s (month end clamps, never rolls over)', (from, months, to) => {
    expect(addCalendarMonths(from, months)).toBe(to);
  });

  it('is valid on its expiry day and not the day after', () => {
    expect(isCertificateValidOn('2027-02-28', '2027-02-28')).toBe(true);
    expect(isCertificateValidOn('2027-02-28', '2027-03-01')).toBe(false);
  });

  it('refuses dates that do not exist or are not ISO', () => {
    expect(() => certificateExpiry('2023-02-29')).toThrow('not an ISO date: 2023-02-29');
    expect(() => certificateExpiry('15/03/2024')).toThrow('not an ISO date');
    expect(() => addCalendarMonths('2024-01-01', -1)).toThrow(RangeError);
  });
});
