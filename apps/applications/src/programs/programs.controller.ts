import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { programCodeSchema, type ProgramCatalogue, type ProgramCode, type SupportEstimate } from '@kc/contracts';
import { calculateSupport, packInForce, Programs, vietnamDate, type ProgramRule, type SupportResult } from '@kc/domain';
import { validate, httpError } from '@kc/platform';
import { costSchema } from '../dossiers/dossier.schemas';

/** The support programmes under the rules in force today, and what a given cost would receive. Public. */
@ApiTags('programmes')
@Controller('programs')
export class ProgramsController {
  @Get()
  @ApiOperation({ summary: 'Danh mục chương trình hỗ trợ / support programmes under the rules in force' })
  catalogue(): ProgramCatalogue<ProgramRule> {
    const pack = packInForce(vietnamDate(new Date()));
    return {
      rulePackId: pack.id,
      legalBasis: pack.legalBasis,
      localTier: pack.localTier,
      items: (Object.keys(pack.programs) as ProgramCode[]).map((code) => ({
        code,
        ...Programs[code],
        ...pack.programs[code],
      })),
    };
  }

  @Post(':code/estimate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ước tính mức hỗ trợ / estimate the support for a cost' })
  estimate(
    @Param('code') code: string,
    @Body(validate(costSchema)) cost: Record<string, unknown>,
  ): SupportEstimate<SupportResult> {
    const parsed = programCodeSchema.safeParse(code);
    if (!parsed.success) throw httpError(404, `Không có chương trình ${code}.`, `No programme ${code}.`);
    const pack = packInForce(vietnamDate(new Date()));
    const rule = pack.programs[parsed.data];
    try {
      return {
        programCode: parsed.data,
        rulePackId: pack.id,
        basis: rule.basis,
        ...calculateSupport(rule.support, cost as never),
      };
    } catch (error) {
      throw httpError(400, 'Thông tin chi phí không phù hợp với chương trình.', (error as Error).message);
    }
  }
}
