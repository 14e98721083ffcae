import type { EntityManager } from 'typeorm';
import type { Role } from '@kc/domain';
import type { OutboxWriter } from '@kc/messaging';
import type { Language } from './account-fields';

export interface AnnouncedAccount {
  id: string;
  email: string;
  fullName: string;
  roles: Role[];
  unitCode: string | null;
  /** E.164 mobile number (`+84…`), when the holder gave one. */
  phone: string | null;
  language: Language;
}

/**
 * Tells other services (notifications keeps a recipients copy) that an account exists or changed, in the
 * caller's transaction: no account without its event, no event without its account. The phone number and
 * language are the account's own, so notifications write to the holder in it and text that number.
 */
export async function announceAccount(
  outbox: OutboxWriter,
  manager: EntityManager,
  account: AnnouncedAccount,
  kind: 'AccountRegistered' | 'AccountUpdated',
): Promise<void> {
  const facts = {
    accountId: account.id,
    email: account.email,
    fullName: account.fullName,
    roles: account.roles,
    unitCode: account.unitCode,
    phone: account.phone,
    language: account.language,
  };
  const at = new Date().toISOString();
  const actor = { kind: 'service' as const, id: 'gateway' };
  await outbox.publish(
    manager,
    kind === 'AccountRegistered'
      ? { type: kind, aggregateId: account.id, actor, payload: { ...facts, registeredAt: at } }
      : { type: kind, aggregateId: account.id, actor, payload: { ...facts, updatedAt: at } },
  );
}
