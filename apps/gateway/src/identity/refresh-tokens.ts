import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GATEWAY_CONFIG } from './gateway-config.token';
import type { GatewayConfig } from '../config';
import { hashOf, presentedToken, REFUSALS, type Refusal } from './presented-refresh-token';
import { revokeAccountFamilies, revokeFamily, revokeFamilyOfHash, type RevokeReason } from './refresh-token-revocation';

export interface IssuedRefreshToken {
  /** Shown to the client once; only its hash is kept. */
  token: string;
  expiresIn: number;
}

export type RotateOutcome = { accountId: string; next: IssuedRefreshToken } | { refused: Refusal };

/**
 * Rotating refresh tokens (OAuth 2.1 §4.3.1, OWASP session management): each sign-in starts a family, each
 * refresh spends the presented token and issues its successor. A spent token presented again means two
 * parties hold the family (the client's token was copied), so the whole family is revoked: the thief and
 * the user both have to sign in again, and the user can. A family lives at most
 * AUTH_REFRESH_SESSION_MAX_SECONDS from its sign-in, however often it is refreshed.
 */
@Injectable()
export class RefreshTokens {
  private readonly logger = new Logger('RefreshTokens');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  startFamily(manager: EntityManager, accountId: string): Promise<IssuedRefreshToken> {
    return this.insert(manager, { familyId: randomUUID(), accountId, familyStartedAt: null });
  }

  /** Spends `token` and issues its successor, or refuses; a reused token revokes its family (committed). */
  rotate(token: string): Promise<RotateOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await presentedToken(manager, token);
      if (!row) return { refused: 'unknown' };
      const refusal = REFUSALS.find(([, applies]) => applies(row))?.[0];
      if (refusal === 'reused') {
        await revokeFamily(manager, row.family_id, 'reuse');
        this.logger.warn(
          { familyId: row.family_id, accountId: row.account_id },
          'refresh token reused: family revoked',
        );
      }
      if (refusal) return { refused: refusal };
      await manager.query(`UPDATE gateway.refresh_tokens SET rotated_at = now() WHERE token_hash = $1`, [
        hashOf(token),
      ]);
      const next = await this.insert(manager, {
        familyId: row.family_id,
        accountId: row.account_id,
        familyStartedAt: row.family_started_at,
      });
      return { accountId: row.account_id, next };
    });
  }

  /** Ends the sign-in `token` belongs to (logout); an unknown token changes nothing. */
  async revokeFamilyOf(token: string, reason: RevokeReason): Promise<void> {
    await revokeFamilyOfHash(this.dataSource.manager, hashOf(token), reason);
  }

  /** Ends every sign-in of the account (password change), in the caller's transaction. */
  async revokeAccount(manager: EntityManager, accountId: string, reason: RevokeReason): Promise<void> {
    await revokeAccountFamilies(manager, accountId, reason);
  }

  private async insert(
    manager: EntityManager,
    family: { familyId: string; accountId: string; familyStartedAt: Date | null },
  ): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const [row]: { expires_in: number }[] = await manager.query(
      `WITH t AS (
         INSERT INTO gateway.refresh_tokens (token_hash, family_id, account_id, family_started_at, expires_at)
         SELECT $1, $2, $3, started, LEAST(now() + make_interval(secs => $5), started + make_interval(secs => $6))
           FROM (SELECT COALESCE($4::timestamptz, now()) AS started) AS family
         RETURNING expires_at)
       SELECT GREATEST(0, floor(extract(epoch FROM expires_at - now())))::int AS expires_in FROM t`,
      [
        hashOf(token),
        family.familyId,
        family.accountId,
        family.familyStartedAt,
        this.config.AUTH_REFRESH_TOKEN_TTL_SECONDS,
        this.config.AUTH_REFRESH_SESSION_MAX_SECONDS,
      ],
    );
    return { token, expiresIn: row!.expires_in };
  }
}
