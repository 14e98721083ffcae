/**
 * Whether an error means the database cannot be reached or cannot take the connection now (not that the
 * request was wrong): the answer is then a 503 the client may retry, never a 500.
 * - SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, cannot connect now), 53300
 *   (too many connections); TypeORM keeps the driver's error as `driverError`.
 * - node-postgres' own timeouts and a refused or reset socket carry no SQLSTATE, only a message or errno.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNREACHABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const DRIVER_TIMEOUTS = [/timeout exceeded when trying to connect/i, /Connection terminated/i];

export function isDatabaseUnavailable(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  return candidates.some((e) => {
    if (!e || typeof e !== 'object') return false;
    const code = (e as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || UNREACHABLE_ERRNOS.has(code))
    )
      return true;
    const message = (e as { message?: unknown }).message;
    return typeof message === 'string' && DRIVER_TIMEOUTS.some((pattern) => pattern.test(message));
  });
}
