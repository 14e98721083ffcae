import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Param,
  Post,
  Query,
  type StreamableFile,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { DlqDetail, DlqOutcome, DlqRow, TablePage } from '@kc/contracts';
import { pageOffset, validate } from '@kc/platform';
import { tableResponse } from '../http/table-response';
import { DlqActions } from './dlq-actions';
import { DlqRepository } from './dlq.repository';
import { actionBody, listQuery, type ActionBody } from './dlq.schemas';

/** Dead-letter queues of every consumer group: browse, inspect, redrive or discard (with a reason). */
@ApiTags('dlq')
@Controller('dlq')
@Authenticated('OPERATOR', 'ADMIN')
export class DlqController {
  constructor(
    private readonly repo: DlqRepository,
    private readonly actions: DlqActions,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Tin nhắn bị đưa vào DLQ (lọc theo nhóm, topic, loại, lý do, trạng thái) / parked messages',
  })
  async list(
    @Query(validate(listQuery)) q: z.infer<typeof listQuery>,
  ): Promise<TablePage<DlqRow<Date>> | StreamableFile> {
    const whole = q.format !== 'json';
    const { items, total } = await this.repo.list(q, whole ? 50_000 : q.pageSize, whole ? 0 : pageOffset(q));
    return tableResponse(items, 'dlq', q, whole ? items.length : total);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một tin nhắn: phong bì, tiêu đề và lý do lỗi / one message, its envelope and failure' })
  async one(@Param('id') id: string): Promise<DlqDetail<Date>> {
    const row = /^\d+$/.test(id) ? await this.repo.one(id) : undefined;
    if (!row)
      throw new HttpException(
        { statusCode: 404, message: 'Không tìm thấy tin nhắn.', messageEn: 'No such message.' },
        404,
      );
    let envelope: unknown = null;
    try {
      envelope = JSON.parse(row.value ?? '');
    } catch {
      envelope = null; // not JSON: the raw value is shown
    }
    return { ...row, envelope };
  }

  @Post('redrive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gửi lại (theo id hoặc bộ lọc; dryRun để đếm trước) / redrive to the group’s retry topic' })
  redrive(@CurrentUser() user: AuthUser, @Body(validate(actionBody)) body: ActionBody): Promise<DlqOutcome> {
    return this.actions.redrive(user, { ids: body.ids, ...body.filter }, body.reason, body.dryRun);
  }

  @Post('discard')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bỏ qua tin nhắn, có lý do / discard with a reason' })
  discard(@CurrentUser() user: AuthUser, @Body(validate(actionBody)) body: ActionBody): Promise<DlqOutcome> {
    return this.actions.discard(user, { ids: body.ids, ...body.filter }, body.reason, body.dryRun);
  }
}
