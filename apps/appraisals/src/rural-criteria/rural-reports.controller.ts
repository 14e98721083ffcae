import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { planProgress, recognitionHistory, lineageOf } from '@kc/domain/rural-criteria';
import { httpError, IdParam, validate } from '@kc/platform';
import { renderConclusionPdf } from './conclusion-pdf';
import { RuralAppraisalsRepository } from './rural-appraisals.repository';
import { RuralRecognitionsRepository } from './rural-recognitions.repository';
import { targetsQuerySchema } from './rural-criteria.schemas';
import { RuralCriteriaService } from './rural-criteria.service';
import { RURAL_OFFICERS } from './rural-officers';
import { targetsCsv, targetsWorkbook } from './targets-export';

/** What the appraisals produce: the written conclusion, progress against the plan, a commune's recognitions. */
@ApiTags('rural-criteria')
@Controller('rural-criteria')
@Authenticated(...RURAL_OFFICERS)
export class RuralReportsController {
  constructor(
    private readonly service: RuralCriteriaService,
    private readonly repo: RuralAppraisalsRepository,
    private readonly recognised: RuralRecognitionsRepository,
  ) {}

  @Get('appraisals/:id/conclusion.pdf')
  @ApiOperation({ summary: 'Văn bản kết luận (PDF) / the written conclusion' })
  async conclusion(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const row = await this.service.visible(id, user);
    if (!row.outcome) throw httpError(409, 'Hồ sơ chưa có kết luận.', 'The appraisal has no conclusion yet.');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="ket-luan-${row.communeCode}-${row.targetYear}.pdf"`);
    return new StreamableFile(await renderConclusionPdf(row));
  }

  @Get('targets')
  @ApiOperation({
    summary: 'Tiến độ so với chỉ tiêu kế hoạch theo năm, mức / progress against the plan (json, csv, xlsx)',
  })
  async targets(
    @Query(validate(targetsQuerySchema)) q: { year: number; format: string },
    @Res({ passthrough: true }) res: Response,
  ) {
    const progress = planProgress(q.year, await this.repo.yearRows(q.year));
    if (q.format === 'json') return progress;
    const name = `chi-tieu-ntm-${q.year}`;
    if (q.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
      return targetsCsv(progress.levels);
    }
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
    return new StreamableFile(await targetsWorkbook(q.year, progress.levels));
  }

  @Get('communes/:code/recognitions')
  @ApiOperation({
    summary: 'Lịch sử công nhận của xã, gồm các xã cũ đã sáp nhập / recognitions, merged communes included',
  })
  async recognitions(@Param('code') code: string) {
    const lineage = lineageOf(this.service.units, code);
    if (lineage.length === 0) throw httpError(404, 'Không có đơn vị này.', 'No such unit.');
    const records = await this.recognised.recognitions(lineage.map((u) => u.code));
    return { communeCode: code, items: recognitionHistory(this.service.units, code, records) };
  }
}
