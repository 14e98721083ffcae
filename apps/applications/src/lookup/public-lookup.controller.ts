import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PublicDossier } from '@kc/contracts';
import { Programs } from '@kc/domain';
import { DossiersRepository } from '../dossiers/dossiers.repository';
import { httpError } from '@kc/platform';
import { toTimelineView } from '../dossiers/timeline.row';
import { withoutAmount } from '../projection/money-labels';
import { lookupSecretMatches } from './lookup-secret';

/**
 * Anyone holding the receipt can follow the dossier without signing in: code + lookup secret. It shows the
 * status and timeline, never names, addresses, amounts or officers' notes. Throttled per client address.
 */
@ApiTags('public lookup')
@Controller('public/dossiers')
@UseGuards(ThrottlerGuard) // per client address (the gateway forwards it): guessing codes and secrets is slow
export class PublicLookupController {
  constructor(private readonly repo: DossiersRepository) {}

  @Get(':code')
  @ApiOperation({ summary: 'Tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu / public lookup by code and lookup secret' })
  async lookup(@Param('code') code: string, @Query('secret') secret: string | undefined): Promise<PublicDossier> {
    const notFound = httpError(
      404,
      'Không tìm thấy hồ sơ với mã và mã tra cứu này.',
      'No dossier with this code and lookup secret.',
    );
    if (!/^KC-\d{4}-\d{6}$/.test(code) || typeof secret !== 'string' || secret.length > 64) throw notFound;
    const d = await this.repo.findByCode(code);
    if (!d?.lookup_secret || !lookupSecretMatches(d.lookup_secret, secret)) throw notFound;
    const timeline = (await this.repo.timeline(d.id)).filter((t) => t.kind !== 'CREATED');
    return {
      dossierCode: d.dossier_code,
      programCode: d.program_code,
      programNameVi: Programs[d.program_code].nameVi,
      status: d.status,
      stage: d.stage,
      submittedAt: d.submitted_at?.toISOString() ?? null,
      expectedResultDate: d.expected_result_date,
      timeline: timeline.map((t) => ({ ...withoutAmount(toTimelineView(t)), note: null })),
    };
  }
}
