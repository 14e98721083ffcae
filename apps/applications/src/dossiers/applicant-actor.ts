import type { AuthUser } from '@kc/auth';
import type { EventActor } from '@kc/contracts';

/** The envelope's actor for something an applicant did. */
export function applicantActor(user: AuthUser): EventActor {
  return { kind: 'user', id: user.id, role: 'APPLICANT' };
}
