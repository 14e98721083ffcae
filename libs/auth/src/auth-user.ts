import type { Role } from '@kc/domain';

/** Who is calling, as the access token says. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** Organisational unit of an officer; null for applicants. */
  unitCode: string | null;
}

/** Private claims carried in the JWT besides `sub`. */
export interface KcClaims {
  email: string;
  name: string;
  roles: Role[];
  unit: string | null;
}
