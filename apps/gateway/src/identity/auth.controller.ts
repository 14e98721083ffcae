import { Body, Controller, Get, HttpCode, Inject, Ip, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Authenticated, CurrentUser, hashPassword, needsRehash, verifyPassword, type AuthUser } from '@kc/auth';
import { validate } from '@kc/platform';
import { AccountsRepository, toAuthUser } from './accounts.repository';
import { SigningKeysService } from './signing-keys.service';
import { LoginLimits } from './login-limits';
import { loginSchema, registerSchema, type LoginRequest, type RegisterRequest } from './identity.schemas';
import { GATEWAY_CONFIG } from './gateway-config.token';
import type { GatewayConfig } from '../config';

// Compared against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password.
const DUMMY_HASH = hashPassword('not-a-real-password');

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly keys: SigningKeysService,
    private readonly limits: LoginLimits,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Post('register')
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Đăng ký tài khoản người nộp hồ sơ / register as an applicant' })
  async register(
    @Body(validate(registerSchema)) body: RegisterRequest,
  ): Promise<{ message: string; messageEn: string }> {
    // Same answer whether or not the e-mail was free: the response never tells who has an account.
    await this.accounts.createApplicant(body.email, body.fullName, await hashPassword(body.password));
    return {
      message: 'Đã nhận đăng ký. Nếu email chưa được dùng, bạn có thể đăng nhập ngay.',
      messageEn: 'Registration received. If the e-mail was not in use, you can sign in now.',
    };
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Đăng nhập / sign in, returns a short-lived access token' })
  async login(@Body(validate(loginSchema)) body: LoginRequest, @Ip() ip: string) {
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
    const user = toAuthUser(account);
    const ttl = this.config.AUTH_TOKEN_TTL_SECONDS;
    const accessToken = await this.keys.sign(user, this.config.AUTH_ISSUER, this.config.AUTH_AUDIENCE, ttl);
    return { accessToken, tokenType: 'Bearer', expiresIn: ttl, user };
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'Tài khoản đang đăng nhập / the signed-in account' })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
