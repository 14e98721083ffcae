import { createHash } from 'node:crypto';

/**
 * A name-based (v5-style) uuid: the same name always gives the same id. Used in place of an event id for
 * notifications no event carries (a day's digest, a DLQ's growth), so the ledger keeps them once.
 */
export function nameBasedUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
