import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { PublicOnTime } from '@kc/contracts';
import { validate } from '@kc/platform';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import { onTimeRates } from './on-time.query';
import { periodSchema } from './period';

const publicQuery = z.strictObject({ period: periodSchema });

/**
 * What the national public-service portal publishes for provinces: the on-time rate per unit. No sign-in,
 * only counts per unit (no dossier, no person).
 */
@ApiTags('public')
@Controller('public')
export class PublicIndicatorsController {
  constructor(private readonly db: DataSource) {}

  @Get('on-time')
  @ApiOperation({ summary: 'Công khai tỉ lệ giải quyết đúng hạn theo đơn vị / public on-time rate per unit' })
  async onTime(@Query(validate(publicQuery)) q: z.infer<typeof publicQuery>): Promise<PublicOnTime> {
    const rows = await onTimeRates(this.db, OPERATIONS_SCHEMA, { period: q.period, by: 'unit' });
    return {
      period: q.period.label,
      units: rows.map((r) => ({ unitCode: r.key, toProcess: r.toProcess, late: r.late, onTimeRate: r.onTimeRate })),
    };
  }
}
