import type { AuthUser } from '@kc/auth';
import type { EventActor } from '@kc/contracts';

/** The envelope's actor for something a signed-in person did, in the role that let them. */
export function userActor(user: AuthUser): EventActor {
  return { kind: 'user', id: user.id, role: user.roles[0] };
}
