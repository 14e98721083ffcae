import type { AuthUser } from '@kc/auth';
import type { EventActor } from '@kc/contracts';
import type { OcopActor } from '@kc/workflows';

/** The envelope's actor for something a signed-in person did, in the role that let them. */
export function userActor(user: AuthUser): EventActor {
  return { kind: 'user', id: user.id, role: user.roles[0] };
}

/** The caller as an evaluation workflow's validators check them. */
export const ocopActor = (user: AuthUser): OcopActor => ({
  userId: user.id,
  roles: user.roles,
  unitCode: user.unitCode,
});
