import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { planProgress, recognitionHistory, lineageOf } from '@kc/domain/rural-criteria';
import { IdParam, pageQueryShape, validate } from '@kc/platform';
import { z } from 'zod';
import { httpError } from '@kc/platform';
import { renderConclusionPdf } from './conclusion-pdf';
import { RuralAppraisalsRepository } from './rural-appraisals.repository';
import { RuralRecognitionsRepository } from './rural-recognitions.repository';
import { RuralSelfAssessmentsRepository } from './rural-self-assessments.repository';
import { RuralTasksRepository } from './rural-tasks.repository';
import { RuralTimelineRepository } from './rural-timeline.repository';
import {
  appraisalListSchema,
  registrationSchema,
  ruralActionSchema,
  selfAssessmentSchema,
  targetsQuerySchema,
  type AppraisalListQuery,
  type Registration,
  type RuralActionBody,
} from './rural-criteria.schemas';
import { RuralCriteriaService } from './rural-criteria.service';
import { targetsCsv, targetsWorkbook } from './targets-export';

type PageQuery = { page: number; pageSize: number };

const OFFICERS = [
  'LOCAL_OFFICER',
  'LOCAL_LEADER',
  'DEPARTMENT_APPRAISER',
  'DEPARTMENT_LEADER',
  'OPERATOR',
  'ADMIN',
] as const;

/** New-rural criteria 4 and 7: registrations, self-assessments, the appraisal's actions, conclusions and targets. */
@ApiTags('rural-criteria')
@Controller('rural-criteria')
@Authenticated(...OFFICERS)
export class RuralCriteriaController {
  constructor(
    private readonly service: RuralCriteriaService,
    private readonly repo: RuralAppraisalsRepository,
    private readonly taskRows: RuralTasksRepository,
    private readonly timeline: RuralTimelineRepository,
    private readonly selfAssessments: RuralSelfAssessmentsRepository,
    private readonly recognised: RuralRecognitionsRepository,
  ) {}

  @Post('appraisals')
  @Authenticated('DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN')
  @ApiOperation({ summary: 'Tỉnh đăng ký xã thẩm định trong năm / register a candidate (commune, level, target year)' })
  register(@CurrentUser() user: AuthUser, @Body(validate(registrationSchema)) body: Registration) {
    return this.service.register(body, user);
  }

  @Get('appraisals')
  @ApiOperation({
    summary: 'Danh sách hồ sơ thẩm định / appraisals (filters: targetYear, level, stage, communeCode; paginated)',
  })
  async list(@CurrentUser() user: AuthUser, @Query(validate(appraisalListSchema)) q: AppraisalListQuery) {
    const { items, total } = await this.repo.list(q, this.service.readableUnits(user));
    return { items, page: q.page, pageSize: q.pageSize, total };
  }

  @Get('tasks')
  @ApiOperation({ summary: 'Nhiệm vụ thẩm định NTM của đơn vị và vai trò của tôi / my unit’s open tasks (paginated)' })
  async tasks(@CurrentUser() user: AuthUser, @Query(validate(z.strictObject(pageQueryShape))) q: PageQuery) {
    if (!user.unitCode) return { items: [], page: q.page, pageSize: q.pageSize, total: 0 };
    const { items, total } = await this.taskRows.tasksFor(user.unitCode, user.roles, q);
    return { items, page: q.page, pageSize: q.pageSize, total };
  }

  @Get('appraisals/:id')
  @ApiOperation({
    summary: 'Một hồ sơ: bản tự đánh giá, nhiệm vụ đang mở, diễn biến / one appraisal with its timeline',
  })
  async one(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string) {
    const appraisal = await this.service.visible(id, user);
    const [selfAssessment, tasks, timeline] = await Promise.all([
      this.selfAssessments.get(id),
      this.taskRows.open(id),
      this.timeline.timeline(id),
    ]);
    return { appraisal, selfAssessment: selfAssessment ?? null, tasks, timeline };
  }

  @Get('appraisals/:id/state')
  @ApiOperation({ summary: 'Trạng thái quy trình / the workflow state' })
  async state(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string) {
    await this.service.visible(id, user);
    return this.service.state(id);
  }

  @Put('appraisals/:id/self-assessment')
  @ApiOperation({
    summary:
      'Xã nhập bản tự đánh giá; hệ thống đề xuất Đạt/Không đạt từng chỉ tiêu / the commune’s figures, checked as typed',
  })
  saveSelfAssessment(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(selfAssessmentSchema)) body: object,
  ) {
    return this.service.saveSelfAssessment(id, body, user);
  }

  @Post('appraisals/:id/actions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Một bước của quy trình / act (submit, verify, confirm, inspect, appraise, conclude, revoke…)',
  })
  act(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(ruralActionSchema)) body: RuralActionBody,
  ) {
    return this.service.act(id, body, user);
  }

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
