import { BadRequestException, Body, Controller, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Authenticated, CurrentUser, hashPassword, verifyPassword, type AuthUser } from '@kc/auth';
import { validate } from '@kc/platform';
import { AccountsRepository } from './accounts.repository';
import { LoginLimits } from './login-limits';
import { noAccount } from './no-account';
import { passwordChangeSchema, type PasswordChange } from './profile.schemas';
import { Sessions, type SessionTokens } from './sessions';

/** The signed-in person changes their password: every other sign-in ends. */
@ApiTags('auth')
@Controller('api/identity')
export class PasswordController {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: Sessions,
    private readonly limits: LoginLimits,
  ) {}

  /** Checked like a sign-in (failures count against the account), since a stolen access token is enough to try. */
  @Post('password')
  @HttpCode(200)
  @Authenticated()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Đổi mật khẩu / change my password; every other sign-in ends' })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body(validate(passwordChangeSchema)) body: PasswordChange,
    @Ip() ip: string,
  ): Promise<SessionTokens> {
    await this.limits.check(user.email, ip);
    const account = await this.accounts.findActiveById(user.id);
    if (!account) throw noAccount();
    if (!(await verifyPassword(body.currentPassword, account.password_hash))) {
      await this.limits.failed(user.email, ip);
      // 400, not 401: the caller's session is fine, only the password they typed is not.
      throw new BadRequestException({
        message: 'Mật khẩu hiện tại không đúng.',
        messageEn: 'The current password is wrong.',
      });
    }
    await this.accounts.replacePassword(account.id, await hashPassword(body.newPassword));
    // This device stays signed in with a new family; every refresh token issued before is revoked.
    return this.sessions.start(account);
  }
}
