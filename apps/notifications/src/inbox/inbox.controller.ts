import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InboxPage, ReadAllAnswer, UnreadCount } from '@kc/contracts';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate } from '@kc/platform';
import { InboxRepository } from './inbox.repository';
import { inboxQuerySchema, notificationIdSchema, type InboxQuery } from './inbox.schemas';

/** The account's own notifications: a page of them, the unread count, marking them read. */
@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: InboxRepository,
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
}
