import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate } from '@kc/platform';
import { INDICATOR_READERS, tableResponse, unitScope } from '../http/table-response';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import { attributionByUnit } from './attribution.query';
import { backlog } from './backlog.query';
import { processingTimes } from './processing-times.query';
import { throughputPerDay } from './throughput.query';
import { ocopStars } from './ocop-stars.query';
import { onlineIndicators } from './online.query';
import { onTimeRates } from './on-time.query';
import { backlogQuery, onTimeQuery, periodQuery, processingQuery, starsQuery } from './indicators.schemas';

/** Indicators as the provincial one-stop systems report them; every table also exports as CSV or Excel. */
@ApiTags('indicators')
@Controller('indicators')
@Authenticated(...INDICATOR_READERS)
export class IndicatorsController {
  constructor(private readonly db: DataSource) {}

  @Get('on-time')
  @ApiOperation({ summary: 'Tỉ lệ đúng hạn (QĐ 766) theo đơn vị / giai đoạn / chương trình và kỳ / on-time rate' })
  async onTime(@CurrentUser() u: AuthUser, @Query(validate(onTimeQuery)) q: z.infer<typeof onTimeQuery>) {
    const rows = await onTimeRates(this.db, OPERATIONS_SCHEMA, {
      period: q.period,
      by: q.by,
      unit: unitScope(u, q.unit),
    });
    return tableResponse(rows, `ti-le-dung-han-${q.period.label}`, q);
  }

  @Get('processing-time')
  @ApiOperation({ summary: 'Thời gian xử lý trung bình và p90 (ngày làm việc) / processing time' })
  async processing(@CurrentUser() u: AuthUser, @Query(validate(processingQuery)) q: z.infer<typeof processingQuery>) {
    const rows = await processingTimes(this.db, OPERATIONS_SCHEMA, {
      period: q.period,
      by: q.by,
      unit: unitScope(u, q.unit),
    });
    return tableResponse(rows, `thoi-gian-xu-ly-${q.period.label}`, q);
  }

  @Get('online')
  @ApiOperation({
    summary:
      'Tỉ lệ hồ sơ trực tuyến (nộp và trả kết quả) và số tài liệu số hoá mỗi hồ sơ / online rate, digitised documents',
  })
  async online(@CurrentUser() u: AuthUser, @Query(validate(processingQuery)) q: z.infer<typeof processingQuery>) {
    const rows = await onlineIndicators(this.db, OPERATIONS_SCHEMA, {
      period: q.period,
      by: q.by,
      unit: unitScope(u, q.unit),
    });
    return tableResponse(rows, `ho-so-truc-tuyen-${q.period.label}`, q);
  }

  @Get('throughput')
  @ApiOperation({ summary: 'Số hồ sơ có kết quả mỗi ngày / cases decided per day' })
  async throughput(@CurrentUser() u: AuthUser, @Query(validate(periodQuery)) q: z.infer<typeof periodQuery>) {
    const rows = await throughputPerDay(this.db, OPERATIONS_SCHEMA, { period: q.period, unit: unitScope(u, q.unit) });
    return tableResponse(rows, `so-ho-so-moi-ngay-${q.period.label}`, q);
  }

  @Get('backlog')
  @ApiOperation({ summary: 'Hồ sơ đang xử lý / open cases by unit, programme, stage or holder' })
  async backlog(@CurrentUser() u: AuthUser, @Query(validate(backlogQuery)) q: z.infer<typeof backlogQuery>) {
    const rows = await backlog(this.db, OPERATIONS_SCHEMA, { by: q.by, unit: unitScope(u, q.unit) });
    return tableResponse(rows, 'ho-so-ton', q);
  }

  @Get('attribution')
  @ApiOperation({ summary: 'Ngày làm việc theo bên giữ hồ sơ, cộng theo đơn vị / delay attribution per unit' })
  async attribution(@CurrentUser() u: AuthUser, @Query(validate(periodQuery)) q: z.infer<typeof periodQuery>) {
    const rows = await attributionByUnit(this.db, OPERATIONS_SCHEMA, { period: q.period, unit: unitScope(u, q.unit) });
    return tableResponse(rows, `phan-bo-tre-han-${q.period.label}`, q);
  }

  @Get('ocop-stars')
  @ApiOperation({ summary: 'Phân bố số sao OCOP theo đơn vị / nhóm sản phẩm / OCOP star distribution' })
  async stars(@CurrentUser() u: AuthUser, @Query(validate(starsQuery)) q: z.infer<typeof starsQuery>) {
    const rows = await ocopStars(this.db, OPERATIONS_SCHEMA, { by: q.by, unit: unitScope(u, q.unit) });
    return tableResponse(rows, 'phan-bo-sao-ocop', q);
  }
}
