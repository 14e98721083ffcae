/** Formatting in Vietnamese conventions: 1.500.000.000 ₫, 9,5 %, dd/MM/yyyy (Vietnam time). */

export function money(vnd) {
  if (vnd == null || Number.isNaN(Number(vnd))) return '—';
  const n = Math.round(Number(vnd));
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${digits}\u00a0₫`;
}

/** Digits with thousands dots, no currency sign (for inputs). */
export const groupDigits = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Parses what people type for money: "1.500.000", "1 500 000", "1500000" → 1500000; invalid → null. */
export function parseMoney(text) {
  const digits = String(text ?? '').replace(/[\s.,₫đ]/gi, '');
  if (!/^\d+$/.test(digits)) return null;
  return Number(digits);
}

/** Basis points → "50 %" / "9,5 %". */
export function percentFromBp(bp) {
  const value = bp / 100;
  return `${String(value).replace('.', ',')}\u00a0%`;
}

/** "9,5" or "9.5" → 950 basis points; invalid → null. */
export function parsePercentToBp(text) {
  const s = String(text ?? '')
    .trim()
    .replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Math.round(Number(s) * 100);
}

const VN_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function vnParts(iso) {
  const parts = Object.fromEntries(VN_PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return parts;
}

/** "2026-07-15" (a calendar day) or an ISO instant → "15/07/2026". */
export function date(value) {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/');
  const p = vnParts(value);
  return `${p.day}/${p.month}/${p.year}`;
}

/** ISO instant → "15/07/2026 14:05". */
export function dateTime(value) {
  if (!value) return '—';
  const p = vnParts(value);
  return `${p.day}/${p.month}/${p.year} ${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

export function fileSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
