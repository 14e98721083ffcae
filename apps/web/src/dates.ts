// Dates as Vietnamese readers write them (15/07/2026, 15/07/2026 08:30), in Vietnam time.

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

/** Whole days from now to an instant or day (negative once passed). */
export function daysUntil(value: string): number {
  const target = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59+07:00`) : new Date(value);
  return Math.ceil((target.getTime() - Date.now()) / 86_400_000);
}
