import { Controller, Get, HttpException, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { type OperationsCaseDetail, type SlaPage } from '@kc/contracts';
import { pageOffset, validate } from '@kc/platform';
import { INDICATOR_READERS, tableFile, tablePage, unitScope } from '../http/table-response';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import { caseWithVisits } from './case-detail.query';
import { slaList, type SlaList } from './sla-list.query';
import { listQuery, type ListQuery } from './cases.schemas';

/** An export holds at most this many rows; narrow the filter for more. */
const EXPORT_LIMIT = 50_000;

/** Cases whose stage deadline is near or past, and one case's stage visits and delay attribution. */
@ApiTags('cases')
@Controller('cases')
@Authenticated(...INDICATOR_READERS)
export class CasesController {
  constructor(private readonly db: DataSource) {}

  @Get('at-risk')
  @ApiOperation({ summary: 'Hồ sơ đã dùng quá 75 % thời hạn giai đoạn / SLA at-risk list (paginated)' })
  atRisk(@CurrentUser() u: AuthUser, @Query(validate(listQuery)) q: ListQuery) {
    return this.list('atRisk', u, q);
  }

  @Get('overdue')
  @ApiOperation({ summary: 'Hồ sơ quá hạn giai đoạn / overdue list (paginated)' })
  overdue(@CurrentUser() u: AuthUser, @Query(validate(listQuery)) q: ListQuery) {
    return this.list('overdue', u, q);
  }

  @Get(':caseId')
  @Authenticated('OPERATOR', 'ADMIN')
  @ApiOperation({ summary: 'Một hồ sơ: các giai đoạn, thời gian tạm dừng, phân bổ trễ hạn / one case (id or code)' })
  async one(@Param('caseId') caseId: string): Promise<OperationsCaseDetail> {
    const found = await caseWithVisits(this.db, OPERATIONS_SCHEMA, caseId);
    if (!found)
      throw new HttpException({ statusCode: 404, message: 'Không tìm thấy hồ sơ.', messageEn: 'No such case.' }, 404);
    return found;
  }

  private async list(which: SlaList, u: AuthUser, q: ListQuery): Promise<SlaPage<Date> | StreamableFile> {
    const whole = q.format !== 'json';
    const { items, total, nextCursor } = await slaList(this.db, OPERATIONS_SCHEMA, which, {
      unit: unitScope(u, q.unit),
      stage: q.stage,
      programCode: q.programCode,
      limit: whole ? EXPORT_LIMIT : q.pageSize,
      offset: whole ? 0 : pageOffset(q),
      after: whole ? undefined : q.after,
    });
    const name = which === 'atRisk' ? 'sap-qua-han' : 'qua-han';
    if (q.format !== 'json') return tableFile(items, name, q.format);
    return { ...tablePage(items, q, total), nextCursor };
  }
}
