// Numbers and money as Vietnamese readers write them (1.500.000.000 ₫, 1,5 MB); dates are in dates.ts.
import { formatVnd } from '@kc/domain/money';

export const money = (vnd: number | null | undefined) => (vnd == null ? '—' : formatVnd(Math.round(vnd)));

/** Digits with thousands dots, no currency sign (for inputs). */
export const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "1.500.000", "1 500 000", "1500000" → 1500000; anything else → null. */
export function parseMoney(text: string): number | null {
  const digits = text.replace(/[\s.,₫đ]/gi, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
