import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { TokenVerifier, type AuthUser } from '@kc/auth';
import { StreamTickets, type StreamSession } from './stream-tickets';

const refused = () =>
  new UnauthorizedException({
    message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.',
    messageEn: 'Invalid, used or expired ticket or token.',
  });

/**
 * For the live stream only: a browser's EventSource cannot set an Authorization header, so it opens the
 * stream with `?ticket=`, a single-use ticket valid for seconds (POST /inbox/stream-ticket). An access
 * token is never accepted in the URL, where proxies and logs would keep it. A client that can send the
 * header (a script) may still use it.
 */
@Injectable()
export class StreamAuthGuard implements CanActivate {
  constructor(
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    private readonly tickets: StreamTickets,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{
      headers: Record<string, string | undefined>;
      query: Record<string, unknown>;
      user?: AuthUser;
      session?: StreamSession;
    }>();
    const header = /^Bearer ([A-Za-z0-9._-]+)$/.exec(request.headers.authorization ?? '')?.[1];
    const ticket = typeof request.query.ticket === 'string' ? request.query.ticket : undefined;
    if (!header && !ticket) {
      throw new UnauthorizedException({
        message: 'Bạn cần đăng nhập.',
        messageEn: 'Sign in first (a stream ticket or a Bearer token is missing).',
      });
    }
    const session = header
      ? await this.verifier.verifySession(header).catch(() => undefined)
      : await this.tickets.redeem(ticket!);
    if (!session) throw refused();
    request.user = session.user;
    request.session = session;
    return true;
  }
}
