// What the gateway's sign-in routes (/api/auth) answer; their request bodies are in sign-in-requests.ts.
// Roles stay strings here: their list is @kc/auth's, and a caller that knows it narrows `User`.

/** The signed-in person as the gateway's token describes them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  /** Organisational unit of an officer; null for applicants. */
  unitCode: string | null;
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
