/** The current month in Vietnam time, as the reporting period `2026-11`. */
export const currentPeriod = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
