// Numbers, money and dates as Vietnamese readers write them (1.500.000.000 ₫, 15/07/2026), in Vietnam time.
import { formatVnd } from '@kc/domain/money';

export const money = (vnd: number | null | undefined) => (vnd == null ? '—' : formatVnd(Math.round(vnd)));

/** Digits with thousands dots, no currency sign (for inputs). */
export const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "1.500.000", "1 500 000", "1500000" → 1500000; anything else → null. */
export function parseMoney(text: string): number | null {
  const digits = text.replace(/[\s.,₫đ]/gi, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

const VN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const parts = (iso: string) => Object.fromEntries(VN.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));

/** A calendar day ("2026-07-15") or an instant → 15/07/2026. */
export function date(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/');
  const p = parts(value);
  return `${p.day}/${p.month}/${p.year}`;
}

export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const p = parts(value);
  return `${p.day}/${p.month}/${p.year} ${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Whole days from now to an instant or day (negative once passed). */
export function daysUntil(value: string): number {
  const target = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59+07:00`) : new Date(value);
  return Math.ceil((target.getTime() - Date.now()) / 86_400_000);
}
