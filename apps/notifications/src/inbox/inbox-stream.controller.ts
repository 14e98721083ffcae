import { Controller, HttpCode, Post, Req, Sse, UseGuards, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { StreamTicket } from '@kc/contracts';
import { takeUntil, timer, type Observable } from 'rxjs';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { InboxStream } from './inbox-stream';
import { StreamAuthGuard } from './stream-auth.guard';
import { StreamTickets, type StreamSession } from './stream-tickets';

/** The live inbox: a single-use ticket, then the Server-Sent Events stream it opens. */
@ApiTags('inbox')
@Controller('inbox')
export class InboxStreamController {
  constructor(
    private readonly live: InboxStream,
    private readonly tickets: StreamTickets,
  ) {}

  /** A single-use ticket, valid for seconds, to open the live stream with (EventSource cannot send headers). */
  @Post('stream-ticket')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Vé mở luồng thông báo (dùng một lần) / a single-use ticket for the live stream' })
  streamTicket(@CurrentUser() user: AuthUser, @Req() req: { sessionExpiresAt: Date }): Promise<StreamTicket> {
    return this.tickets.issue({ user, expiresAt: req.sessionExpiresAt });
  }

  /**
   * Server-Sent Events: `unread` at once, then each new notification with the new unread count. Through
   * the gateway at `/api/notifications/inbox/stream?ticket=…` (a ticket from POST /inbox/stream-ticket).
   * The stream ends when the session of the token that asked for the ticket expires.
   */
  @Sse('stream')
  @UseGuards(StreamAuthGuard)
  @ApiBearerAuth()
  @ApiQuery({ name: 'ticket', required: false, description: 'single-use ticket from POST /inbox/stream-ticket' })
  @ApiOperation({ summary: 'Luồng thông báo trực tiếp (SSE) / live notifications (SSE)' })
  stream(@CurrentUser() user: AuthUser, @Req() req: { session: StreamSession }): Observable<MessageEvent> {
    return this.live.events(user).pipe(takeUntil(timer(req.session.expiresAt)));
  }
}
