import { z } from 'zod';

/** The contact facts other services may keep a copy of (the notifications service's recipients). */
const accountFacts = {
  accountId: z.uuid(),
  email: z.email(),
  fullName: z.string().min(1),
  roles: z.array(z.string().min(1)).min(1),
  /** Organisational unit of an officer; null for applicants. */
  unitCode: z.string().min(1).nullable(),
  /** Mobile number in E.164 (`+84…`) for SMS / Zalo, when the account has one. */
  phone: z.string().min(1).nullable(),
  /** Preferred language of messages. */
  language: z.enum(['vi', 'en']),
};

/** An account was created (registration, or the demo seed), in the same transaction as its row. */
export const accountRegisteredV1 = z.object({ ...accountFacts, registeredAt: z.iso.datetime({ offset: true }) });
export type AccountRegisteredV1 = z.infer<typeof accountRegisteredV1>;

/** An account's contact facts as they are now (also re-announced by the demo seed for accounts it kept). */
export const accountUpdatedV1 = z.object({ ...accountFacts, updatedAt: z.iso.datetime({ offset: true }) });
export type AccountUpdatedV1 = z.infer<typeof accountUpdatedV1>;
