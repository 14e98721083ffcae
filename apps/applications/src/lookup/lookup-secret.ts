import { randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I: the secret is read off a paper receipt. 32 symbols = 5 bits each. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 16 symbols = 80 bits (at least 64, OWASP's floor for a guessable-by-nobody secret), in groups of four. */
const LENGTH = 16;

/** A new lookup secret, e.g. `X7QF-93KD-PL2M-8RTA`. */
export function newLookupSecret(): string {
  const symbols = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return symbols.match(/.{4}/g)!.join('-');
}

/** As typed: case, spaces and dashes do not matter. */
const canonical = (secret: string) => secret.replace(/[\s-]/g, '').toUpperCase();

/** Constant-time comparison; older 8-symbol secrets (stored without dashes) keep working. */
export function lookupSecretMatches(stored: string, given: string): boolean {
  const a = Buffer.from(canonical(stored));
  const b = Buffer.from(canonical(given));
  return a.length === b.length && timingSafeEqual(a, b);
}
