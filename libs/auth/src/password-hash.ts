import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import pLimit from 'p-limit';

/**
 * At most two hashes at once per process. Each takes 128 MiB and one of libuv's four threads for a few
 * hundred ms; seven sign-ins at once used to fill every thread, so the database driver's own work on those
 * threads (the SCRAM handshake of a new connection) waited past its timeout and the sign-ins failed. The
 * rest queue here, and memory stays bounded whatever the number of sign-ins.
 */
const HASHES_AT_ONCE = 2;
const hashing = pLimit(HASHES_AT_ONCE);

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  hashing(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );

/**
 * scrypt cost at OWASP's Password Storage Cheat Sheet recommendation (N=2^17, r=8, p=1: 128 MiB per hash).
 * Node refuses more than 32 MiB by default, hence maxmem. Older hashes keep their own N (stored with them).
 */
const COST = { N: 2 ** 17, r: 8, p: 1 };
/** Enough for the current cost; a stored N above it is refused rather than allowed to exhaust memory. */
const MAX_MEMORY = 256 * 1024 * 1024;
const MAX_N = 2 ** 20;

/** Whether a stored hash was made with less than today's cost (the login re-hashes it). */
export function needsRehash(stored: string): boolean {
  const [scheme, n] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) < COST.N;
}

/** Stored as `scrypt$N$r$p$salt$hash` (base64), so the cost can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, 32, { ...COST, maxmem: MAX_MEMORY });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Number.isInteger(cost.N) || cost.N < 2 || cost.N > MAX_N || cost.r !== 8 || cost.p < 1 || cost.p > 4)
    return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    ...cost,
    maxmem: MAX_MEMORY,
  });
  return timingSafeEqual(actual, expected);
}
