// Dates on the receipt are read by people in Vietnam, whatever zone the server runs in.
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** ISO datetime → dd/MM/yyyy HH:mm in Vietnam time. */
export function formatReceivedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`receivedAt is not a datetime: ${iso}`);
  // Built from parts, not the locale's own pattern, so an ICU update cannot change the layout.
  const p = Object.fromEntries(dateTimeParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** ISO date → dd/MM/yyyy. A calendar date has no zone, so it is not converted. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`expectedResultDate is not an ISO date: ${iso}`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}
