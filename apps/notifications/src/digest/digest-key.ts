import { createHash } from 'node:crypto';

/**
 * The id the digest of one person for one day is recorded under, in place of an event id: a name-based
 * (v5-style) uuid, so running the digest twice for a day finds the ledger rows of the first run.
 */
export function digestEventId(day: string, recipientId: string): string {
  const hex = createHash('sha1').update(`kc-daily-digest:${day}:${recipientId}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
