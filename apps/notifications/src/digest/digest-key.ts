import { nameBasedUuid } from '../dlq-watch/name-based-uuid';

/**
 * The id the digest of one person for one day is recorded under, in place of an event id, so running the
 * digest twice for a day finds the ledger rows of the first run.
 */
export function digestEventId(day: string, recipientId: string): string {
  return nameBasedUuid(`kc-daily-digest:${day}:${recipientId}`);
}
