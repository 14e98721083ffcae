import type { EntityManager } from 'typeorm';
import type { Role } from '@kc/domain';
import type { OutboxWriter } from '@kc/messaging';

export interface AnnouncedAccount {
  id: string;
  email: string;
  fullName: string;
  roles: Role[];
  unitCode: string | null;
}

/**
 * Tells other services (notifications keeps a recipients copy) that an account exists, in the caller's
 * transaction: no account without its event, no event without its account. The gateway stores neither a
 * phone number nor a language yet, so they go out as null / Vietnamese; users set them in their preferences.
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
    phone: null,
    language: 'vi' as const,
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
