import { Body, Controller, Get, HttpCode, Ip, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Authenticated, CurrentUser, hashPassword, needsRehash, verifyPassword, type AuthUser } from '@kc/auth';
import type { BilingualMessage } from '@kc/contracts';
import { validate } from '@kc/platform';
import { AccountsRepository } from './accounts.repository';
import { LoginLimits } from './login-limits';
import { loginSchema, registerSchema, type LoginRequest, type RegisterRequest } from './identity.schemas';
import { Sessions, type SessionTokens } from './sessions';

// Compared against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password.
const DUMMY_HASH = hashPassword('not-a-real-password');

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: Sessions,
    private readonly limits: LoginLimits,
  ) {}

  @Post('register')
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Đăng ký tài khoản người nộp hồ sơ / register as an applicant' })
  async register(@Body(validate(registerSchema)) body: RegisterRequest): Promise<BilingualMessage> {
    // Same answer whether or not the e-mail was free: the response never tells who has an account.
    const { password, ...account } = body;
    await this.accounts.createApplicant({ ...account, passwordHash: await hashPassword(password) });
    return {
      message: 'Đã nhận đăng ký. Nếu email chưa được dùng, bạn có thể đăng nhập ngay.',
      messageEn: 'Registration received. If the e-mail was not in use, you can sign in now.',
    };
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Đăng nhập / sign in: a short-lived access token and a refresh token' })
  async login(@Body(validate(loginSchema)) body: LoginRequest, @Ip() ip: string): Promise<SessionTokens> {
    await this.limits.check(body.email, ip);
    const account = await this.accounts.findActiveByEmail(body.email);
    const ok = await verifyPassword(body.password, account?.password_hash ?? (await DUMMY_HASH));
    if (!account || !ok) {
      await this.limits.failed(body.email, ip);
      throw new UnauthorizedException({
        message: 'Email hoặc mật khẩu không đúng.',
        messageEn: 'Wrong e-mail or password.',
      });
    }
    await this.limits.succeeded(body.email);
    // A hash made at an older, cheaper cost is replaced now that the password is known.
    if (needsRehash(account.password_hash))
      await this.accounts.setPasswordHash(account.id, await hashPassword(body.password));
    return this.sessions.start(account);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'Tài khoản đang đăng nhập / the signed-in account' })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
