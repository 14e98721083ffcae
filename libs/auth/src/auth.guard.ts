import {
  Inject,
  Injectable,
  UnauthorizedException,
  ForbiddenException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@kc/domain';
import type { AuthUser } from './auth-user';
import { TokenVerifier } from './token-verifier';

export const ROLES_KEY = 'kc:roles';

/** Checks the bearer token and, when the handler names roles, that the caller holds one of them. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: AuthUser; sessionExpiresAt?: Date }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header);
    if (!match) {
      throw new UnauthorizedException({
        message: 'Bạn cần đăng nhập.',
        messageEn: 'Sign in first (Bearer token missing).',
      });
    }
    try {
      const session = await this.verifier.verifySession(match[1]);
      request.user = session.user;
      request.sessionExpiresAt = session.expiresAt;
    } catch {
      throw new UnauthorizedException({
        message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.',
        messageEn: 'Invalid or expired token.',
      });
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !roles.some((r) => request.user!.roles.includes(r))) {
      throw new ForbiddenException({
        message: 'Bạn không có quyền thực hiện thao tác này.',
        // Which roles would have been allowed is not told: it maps the permissions for an attacker.
        messageEn: 'You are not allowed to do this.',
      });
    }
    return true;
  }
}
