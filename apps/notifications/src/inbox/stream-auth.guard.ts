import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { TokenVerifier, type AuthUser } from '@kc/auth';

/**
 * For the live stream only: a browser's EventSource cannot set an Authorization header, so the access
 * token may come as `?access_token=`. Other routes accept the header only, so tokens stay out of their
 * URLs (and logs); the stream's token is the same short-lived one.
 */
@Injectable()
export class StreamAuthGuard implements CanActivate {
  constructor(@Inject(TokenVerifier) private readonly verifier: TokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{
      headers: Record<string, string | undefined>;
      query: Record<string, unknown>;
      user?: AuthUser;
    }>();
    const header = /^Bearer ([A-Za-z0-9._-]+)$/.exec(request.headers.authorization ?? '')?.[1];
    const query = typeof request.query.access_token === 'string' ? request.query.access_token : undefined;
    const token = header ?? query;
    if (!token) {
      throw new UnauthorizedException({
        message: 'Bạn cần đăng nhập.',
        messageEn: 'Sign in first (Bearer token or access_token missing).',
      });
    }
    try {
      request.user = await this.verifier.verify(token);
    } catch {
      throw new UnauthorizedException({
        message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.',
        messageEn: 'Invalid or expired token.',
      });
    }
    return true;
  }
}
