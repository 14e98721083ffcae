import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { IdParam, pageQueryShape, validate } from '@kc/platform';
import { z } from 'zod';
import { RuralAppraisalsRepository } from './rural-appraisals.repository';
import { RuralSelfAssessmentsRepository } from './rural-self-assessments.repository';
import { RuralTasksRepository } from './rural-tasks.repository';
import { RuralTimelineRepository } from './rural-timeline.repository';
import { appraisalListSchema, type AppraisalListQuery } from './rural-criteria.schemas';
import { registrationSchema, type Registration } from './registration.schema';
import { RuralCriteriaService } from './rural-criteria.service';
import { RuralWorkflowActions } from './rural-workflow-actions.service';
import { RURAL_OFFICERS } from './rural-officers';

type PageQuery = { page: number; pageSize: number };

/** New-rural criteria 4 and 7: the registrations, the officers' tasks, and one appraisal as it stands. */
@ApiTags('rural-criteria')
@Controller('rural-criteria')
@Authenticated(...RURAL_OFFICERS)
export class RuralAppraisalsController {
  constructor(
    private readonly service: RuralCriteriaService,
    private readonly workflow: RuralWorkflowActions,
    private readonly repo: RuralAppraisalsRepository,
    private readonly taskRows: RuralTasksRepository,
    private readonly timeline: RuralTimelineRepository,
    private readonly selfAssessments: RuralSelfAssessmentsRepository,
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
    return this.workflow.state(id);
  }
}
