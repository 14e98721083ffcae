import { InvalidDocumentKeyError } from './errors';

// Segments of [A-Za-z0-9_-] joined by single slashes: no dots (so no `..`, and no collision with the
// `.`-prefixed temp files), no leading slash or drive letter, no backslash, no empty segment.
const KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;
// Keeps every path component (plus the temp-file prefix/suffix) under the common 255-byte name limit.
const MAX_KEY_LENGTH = 200;

export function assertValidDocumentKey(key: string): void {
  if (typeof key !== 'string' || key.length > MAX_KEY_LENGTH || !KEY_PATTERN.test(key)) {
    throw new InvalidDocumentKeyError(String(key));
  }
}
