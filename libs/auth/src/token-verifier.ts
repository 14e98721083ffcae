import { jwtVerify, type JWTVerifyGetKey } from 'jose';
import { Roles, type Role } from '@kc/domain';
import type { AuthConfig } from './auth-config';
import type { AuthUser } from './auth-user';
import { jwksUrls, replicatedJwks } from './replicated-jwks';

export class InvalidTokenError extends Error {}

/**
 * Verifies access tokens against the gateway's published keys (JWKS, cached and refreshed on an unknown
 * key id; fetched from any of the gateway's replicas). Every service checks tokens itself: the gateway is
 * not trusted blindly.
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly config: Pick<AuthConfig, 'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'AUTH_JWKS_URL'>,
    keys?: JWTVerifyGetKey,
  ) {
    this.keys = keys ?? replicatedJwks(jwksUrls(config.AUTH_JWKS_URL));
  }

  async verify(token: string): Promise<AuthUser> {
    return (await this.verifySession(token)).user;
  }

  /** The user and when their token (their session) expires: a long-lived stream closes then. */
  async verifySession(token: string): Promise<{ user: AuthUser; expiresAt: Date }> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.config.AUTH_ISSUER,
        audience: this.config.AUTH_AUDIENCE,
        algorithms: ['EdDSA'],
        // A token without an expiry would be good forever: refuse it.
        requiredClaims: ['exp', 'sub'],
      });
      const roles = Array.isArray(payload.roles)
        ? payload.roles.filter((r): r is Role => Roles.includes(r as Role))
        : [];
      if (!payload.sub || typeof payload.email !== 'string' || roles.length === 0)
        throw new InvalidTokenError('token lacks required claims');
      const user: AuthUser = {
        id: payload.sub,
        email: payload.email,
        name: typeof payload.name === 'string' ? payload.name : payload.email,
        roles,
        unitCode: typeof payload.unit === 'string' ? payload.unit : null,
      };
      return { user, expiresAt: new Date(payload.exp! * 1000) };
    } catch (error) {
      throw error instanceof InvalidTokenError ? error : new InvalidTokenError((error as Error).message);
    }
  }
}
