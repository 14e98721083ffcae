import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { ruralLevelSchema } from '@kc/contracts';
import { pageOffset, validate } from '@kc/platform';
import {
  INDICATOR_READERS,
  tableFile,
  tablePage,
  tableQueryShape,
  tableResponse,
  unitScope,
} from '../http/table-response';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import { ruralAppraisals, ruralTargets } from './rural.query';

const yearShape = { year: z.coerce.number().int().min(2000).max(2100) };
const targetsQuery = z.strictObject({ ...yearShape, ...tableQueryShape });
const appraisalsQuery = z.strictObject({ ...yearShape, level: ruralLevelSchema.optional(), ...tableQueryShape });
/** An export holds at most this many rows. */
const EXPORT_LIMIT = 50_000;

/**
 * New-rural criteria 4 and 7 on the operations dashboard: the plan's targets progress per year and level,
 * and the year's appraisals. Leaders read their unit's (a local leader only their commune's), read-only.
 */
@ApiTags('rural')
@Controller('rural')
@Authenticated(...INDICATOR_READERS)
export class RuralController {
  constructor(private readonly db: DataSource) {}

  @Get('targets')
  @ApiOperation({
    summary: 'Tiến độ chỉ tiêu nông thôn mới theo năm và mức (đăng ký, đang thẩm định, đạt, không đạt, dự báo)',
  })
  async targets(@CurrentUser() u: AuthUser, @Query(validate(targetsQuery)) q: z.infer<typeof targetsQuery>) {
    const progress = await ruralTargets(this.db, OPERATIONS_SCHEMA, { year: q.year, unit: unitScope(u, q.unit) });
    const rows = progress.levels.map((l) => ({ ...l }));
    if (q.format !== 'json') return tableFile(rows, `chi-tieu-nong-thon-moi-${q.year}`, q.format);
    return { ...tablePage(rows, q), year: progress.year, legalBasis: progress.legalBasis };
  }

  @Get('appraisals')
  @ApiOperation({ summary: 'Hồ sơ thẩm định tiêu chí nông thôn mới của năm: giai đoạn, bên giữ, hạn / appraisals' })
  async appraisals(@CurrentUser() u: AuthUser, @Query(validate(appraisalsQuery)) q: z.infer<typeof appraisalsQuery>) {
    const whole = q.format !== 'json';
    const { items, total } = await ruralAppraisals(this.db, OPERATIONS_SCHEMA, {
      year: q.year,
      level: q.level,
      unit: unitScope(u, q.unit),
      limit: whole ? EXPORT_LIMIT : q.pageSize,
      offset: whole ? 0 : pageOffset(q),
    });
    return tableResponse(items, `tham-dinh-nong-thon-moi-${q.year}`, q, whole ? items.length : total);
  }
}
