import { Body, Controller, HttpCode, Ip, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { validate } from '@kc/platform';
import { AccountsRepository } from './accounts.repository';
import { LoginLimits } from './login-limits';
import { RefreshTokens } from './refresh-tokens';
import { Sessions, type SessionTokens } from './sessions';
import { refreshSchema, type RefreshRequest } from './identity.schemas';

const refused = () =>
  new UnauthorizedException({
    message: 'Phiên đăng nhập đã hết hạn hoặc không còn hiệu lực. Vui lòng đăng nhập lại.',
    messageEn: 'The session has expired or was ended. Please sign in again.',
  });

/**
 * Renewing and ending a sign-in with its refresh token (no access token needed: it may have lapsed).
 * Throttled like sign-in: per minute in this process, and failures per client address in the database.
 */
@ApiTags('auth')
@Controller('api/identity')
@UseGuards(ThrottlerGuard)
export class SessionController {
  constructor(
    private readonly refreshTokens: RefreshTokens,
    private readonly accounts: AccountsRepository,
    private readonly sessions: Sessions,
    private readonly limits: LoginLimits,
  ) {}

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Làm mới phiên / a new access token for a refresh token, which is replaced' })
  async refresh(@Body(validate(refreshSchema)) body: RefreshRequest, @Ip() ip: string): Promise<SessionTokens> {
    await this.limits.check(null, ip);
    const outcome = await this.refreshTokens.rotate(body.refreshToken);
    const account = 'accountId' in outcome ? await this.accounts.findActiveById(outcome.accountId) : undefined;
    if (!account || 'refused' in outcome) {
      await this.limits.failed(null, ip);
      throw refused();
    }
    return this.sessions.tokens(account, outcome.next);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất / end the sign-in this refresh token belongs to' })
  async logout(@Body(validate(refreshSchema)) body: RefreshRequest): Promise<void> {
    // Same answer for an unknown token (RFC 7009): the client is signed out either way.
    await this.refreshTokens.revokeFamilyOf(body.refreshToken, 'logout');
  }
}
