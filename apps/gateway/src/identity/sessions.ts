import type { SessionTokens as ContractSessionTokens } from '@kc/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { toAuthUser, type AccountRow } from './account-row';
import { RefreshTokens, type IssuedRefreshToken } from './refresh-tokens';
import { SigningKeysService } from './signing-keys.service';
import { GATEWAY_CONFIG } from './gateway-config.token';
import type { GatewayConfig } from '../config';

/** What sign-in and refresh answer: a short-lived access token and the refresh token that renews it. */
export type SessionTokens = ContractSessionTokens<AuthUser>;

/** Signs access tokens from the account as it is now (roles and unit are read again at every refresh). */
@Injectable()
export class Sessions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SigningKeysService,
    private readonly refreshTokens: RefreshTokens,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** A new sign-in: a new refresh-token family. */
  async start(account: AccountRow): Promise<SessionTokens> {
    return this.tokens(account, await this.refreshTokens.startFamily(this.dataSource.manager, account.id));
  }

  /** The answer to a refresh, with the successor refresh token already issued. */
  async tokens(account: AccountRow, refresh: IssuedRefreshToken): Promise<SessionTokens> {
    const user = toAuthUser(account);
    const ttl = this.config.AUTH_TOKEN_TTL_SECONDS;
    const accessToken = await this.keys.sign(user, this.config.AUTH_ISSUER, this.config.AUTH_AUDIENCE, ttl);
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: ttl,
      refreshToken: refresh.token,
      refreshExpiresIn: refresh.expiresIn,
      user,
    };
  }
}
