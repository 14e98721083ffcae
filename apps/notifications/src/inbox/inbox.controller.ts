import {
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Sse,
  UseGuards,
  type MessageEvent,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { InboxPage, InboxStreamEvent, ReadAllAnswer, StreamTicket, UnreadCount } from '@kc/contracts';
import {
  concat,
  defer,
  endWith,
  filter,
  from,
  ignoreElements,
  interval,
  map,
  merge,
  mergeMap,
  takeUntil,
  timer,
  type Observable,
} from 'rxjs';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate } from '@kc/platform';
import { InboxChanges } from './inbox-changes';
import { InboxRepository } from './inbox.repository';
import { inboxQuerySchema, notificationIdSchema, type InboxQuery } from './inbox.schemas';
import { StreamAuthGuard } from './stream-auth.guard';
import { StreamTickets, type StreamSession } from './stream-tickets';

/** Keeps idle streams open through proxies that close silent connections. */
const HEARTBEAT_MS = 25_000;
const LOOK_BACK_SECONDS = 120;

@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: InboxRepository,
    private readonly changes: InboxChanges,
    private readonly tickets: StreamTickets,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Thông báo của tôi, mới nhất trước / my notifications, newest first (paginated)' })
  async list(@CurrentUser() user: AuthUser, @Query(validate(inboxQuerySchema)) query: InboxQuery): Promise<InboxPage> {
    const { items, total, unread } = await this.inbox.page(
      this.dataSource.manager,
      user.id,
      query.page,
      query.pageSize,
      query.unreadOnly,
    );
    return { items, total, unread, page: query.page, pageSize: query.pageSize };
  }

  @Get('unread-count')
  @Authenticated()
  @ApiOperation({ summary: 'Số thông báo chưa đọc / unread count' })
  async unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCount> {
    return { unread: await this.inbox.unreadCount(this.dataSource.manager, user.id) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Đánh dấu tất cả đã đọc / mark all read' })
  async readAll(@CurrentUser() user: AuthUser): Promise<ReadAllAnswer> {
    const marked = await this.inbox.markAllRead(this.dataSource.manager, user.id);
    return { marked, unread: 0 };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Đánh dấu đã đọc / mark one notification read' })
  async read(
    @CurrentUser() user: AuthUser,
    @Param('id', validate(notificationIdSchema)) id: string,
  ): Promise<UnreadCount> {
    if (!(await this.inbox.markRead(this.dataSource.manager, user.id, id))) {
      throw new NotFoundException({
        message: 'Không tìm thấy thông báo.',
        messageEn: 'No such notification for this account.',
      });
    }
    return { unread: await this.inbox.unreadCount(this.dataSource.manager, user.id) };
  }

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
    return this.events(user).pipe(takeUntil(timer(req.session.expiresAt)));
  }

  private events(user: AuthUser): Observable<MessageEvent> {
    const manager = this.dataSource.manager;
    const unread = () => this.inbox.unreadCount(manager, user.id);
    // created_at is the inserting transaction's start, which can precede its commit: look back a little
    // and remember what was shown, rather than trust a timestamp cursor.
    const shown = new Set<string>();
    let since = new Date();
    const fresh = async (): Promise<MessageEvent[]> => {
      const items = (await this.inbox.since(manager, user.id, since)).filter((item) => !shown.has(item.id));
      if (items.length === 0) return [];
      items.forEach((item) => shown.add(item.id));
      const count = await unread();
      return items.map((item) => {
        const data: InboxStreamEvent = { item, unread: count };
        return { type: 'notification', id: item.id, data };
      });
    };
    return defer(async () => {
      const changes = await this.changes.stream();
      const [{ from: lookBack }]: { from: Date }[] = await manager.query(
        `SELECT now() - interval '${LOOK_BACK_SECONDS} seconds' AS from`,
      );
      since = lookBack;
      (await this.inbox.since(manager, user.id, since)).forEach((item) => shown.add(item.id));
      const count: UnreadCount = { unread: await unread() };
      const hello: MessageEvent = { type: 'unread', data: count };
      const news = changes.pipe(
        filter((recipientId) => recipientId === user.id),
        mergeMap(() => from(fresh()), 1),
        mergeMap((events) => from(events)),
      );
      const heartbeat = interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'heartbeat', data: {} })));
      // The change feed completes when the service shuts down: every stream ends with it (the heartbeat
      // alone would keep the response, and with it the HTTP server's close, open for ever).
      const shutdown = changes.pipe(ignoreElements(), endWith(null));
      return concat(from([hello]), merge(news, heartbeat).pipe(takeUntil(shutdown)));
    }).pipe(mergeMap((events) => events));
  }
}
