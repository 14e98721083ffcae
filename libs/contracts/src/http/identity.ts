// What the gateway's sign-in routes (/api/auth) accept and answer. Roles stay strings here: their list is
// @kc/auth's, and a caller that knows it narrows `User`.

import type { Page } from './page';

/** The signed-in person as the gateway's token describes them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  /** Organisational unit of an officer; null for applicants. */
  unitCode: string | null;
}

export interface RegisterRequest {
  fullName: string;
  email: string;
  password: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

/** What sign-in and refresh answer: a short-lived access token and the refresh token that renews it. */
export interface SessionTokens<User extends SessionUser = SessionUser> {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  /** Single-use: each refresh answers with its successor. */
  refreshToken: string;
  refreshExpiresIn: number;
  user: User;
}

/**
 * One staff member as the directory shows them: enough to seat a council (who, which role, which unit).
 * No e-mail or phone: seating needs only the account id, and notifications reach members by id.
 */
export interface DirectoryEntry {
  id: string;
  fullName: string;
  roles: string[];
  unitCode: string | null;
  unitName: string | null;
}

/** A page of the directory (GET /api/identity/directory), in name order. */
export type DirectoryPage = Page<DirectoryEntry>;
