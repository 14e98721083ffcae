/**
 * OCOP certificate dates. Validity is 36 months from the date the competent authority issues the
 * certificate (domain.md §2.4). A period in months is counted as the Civil Code (Bộ luật Dân sự 2015)
 * art. 147–148 counts it: the issue day itself is not counted, and the period ends at the end of the
 * corresponding day of the last month; when that month has no such day, on its last day. So a certificate
 * issued on 2024-03-15 is valid through 2027-03-15, and one issued on 2024-02-29 through 2027-02-28
 * (not 2027-03-01, which would add a day the law does not give).
 *
 * Art. 148.5 (a last day falling on a weekend or holiday moves to the next working day) is NOT applied:
 * it governs the last day to perform an act, and re-recognition must be applied for before expiry anyway
 * [unverified: confirm with SCT Đồng Nai].
 */
import type { OcopPack } from './ocop-pack';

export const OCOP_CERTIFICATE_VALIDITY_MONTHS = 36;
export const OCOP_REMINDER_DAYS_BEFORE_EXPIRY = 90;

const DAY_MS = 86_400_000;

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(`${iso}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The corresponding day `months` later, or the last day of that month when it has no such day. */
export function addCalendarMonths(isoDate: string, months: number): string {
  if (!Number.isSafeInteger(months) || months < 0) throw new RangeError('months must be a whole, non-negative number');
  const { year, month, day } = parseIsoDate(isoDate);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return iso(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function subtractDays(isoDate: string, days: number): string {
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError('days must be a whole, non-negative number');
  parseIsoDate(isoDate);
  return new Date(new Date(`${isoDate}T00:00:00Z`).getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

/** Last day on which the certificate is valid (valid through the end of that day). */
export function certificateExpiry(issueDate: string, validityMonths = OCOP_CERTIFICATE_VALIDITY_MONTHS): string {
  return addCalendarMonths(issueDate, validityMonths);
}

/** Day the holder is reminded to apply for re-recognition or an upgrade: expiry − N calendar days. */
export function certificateReminderDate(expiryDate: string, daysBefore = OCOP_REMINDER_DAYS_BEFORE_EXPIRY): string {
  return subtractDays(expiryDate, daysBefore);
}

/** Expiry and reminder under a pack's validity and reminder settings. */
export function certificateDates(
  pack: OcopPack,
  issueDate: string,
): { issueDate: string; expiryDate: string; reminderDate: string } {
  const expiryDate = certificateExpiry(issueDate, pack.certificateValidityMonths);
  return { issueDate, expiryDate, reminderDate: certificateReminderDate(expiryDate, pack.reminderDaysBeforeExpiry) };
}

/** Whether a certificate with this expiry is still valid on a day. */
export function isCertificateValidOn(expiryDate: string, isoDate: string): boolean {
  parseIsoDate(expiryDate);
  parseIsoDate(isoDate);
  return isoDate <= expiryDate;
}
