/** The calendar day in Vietnam (UTC+7, no daylight saving) of an instant: legal deadlines count local days. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
