import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { UnitList } from '@kc/contracts';
import { isUnitValidOn, vietnamDate, type OrgUnit } from '@kc/domain';
import { validate } from '@kc/platform';
import { ReferenceData } from '../dossiers/reference-data';

const unitsQuerySchema = z.strictObject({
  on: z.iso.date().optional(),
  kind: z.enum(['PROVINCE', 'DEPARTMENT', 'CENTER', 'DISTRICT', 'COMMUNE', 'WARD', 'COUNCIL']).optional(),
});

/** Đồng Nai's organisational units that exist on a day (today by default). Public. */
@ApiTags('programmes')
@Controller('units')
export class UnitsController {
  constructor(private readonly reference: ReferenceData) {}

  @Get()
  @ApiOperation({ summary: 'Đơn vị hành chính / units valid on a day' })
  list(@Query(validate(unitsQuerySchema)) query: z.infer<typeof unitsQuerySchema>): UnitList<OrgUnit> {
    const day = query.on ?? vietnamDate(new Date());
    return {
      on: day,
      items: this.reference.units.filter((u) => isUnitValidOn(u, day) && (!query.kind || u.kind === query.kind)),
    };
  }
}
