import { Body, Controller, Get, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UpdateDefinition } from '@temporalio/common';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate, IdParam, StaffAccountsRepository } from '@kc/platform';
import { TemporalConnection, TemporalUnavailableFilter } from '@kc/temporal';
import {
  abandonRoundUpdate,
  closeCouncilUpdate,
  ocopStateQuery,
  openCouncilUpdate,
  recordCentralResultUpdate,
  submitCommuneReportUpdate,
  type OcopActor,
  type OcopEvaluationState,
} from '@kc/workflows';
import {
  abandonRoundSchema,
  centralResultSchema,
  communeReportSchema,
  openCouncilSchema,
  startEvaluationSchema,
  type StartEvaluationRequest,
} from './evaluation.schemas';
import { EvaluationsRepository } from './evaluations.repository';
import { ocopActor } from '../shared/user-actor';
import { StartEvaluationService } from './start-evaluation.service';
import { onWorkflow } from './workflow-calls';
import type { OcopStars } from '@kc/domain';

/**
 * The Department runs evaluations: a DEPARTMENT_APPRAISER (the officer who already appraises dossiers for
 * the Department; OCOP councils are set up on its proposal) starts rounds, seats councils, closes a
 * sitting early and records the national council's answer. The commune officer writes the 1489 report.
 */
@ApiTags('evaluation')
@Controller()
@UseFilters(TemporalUnavailableFilter)
export class EvaluationsController {
  constructor(
    private readonly starting: StartEvaluationService,
    private readonly evaluations: EvaluationsRepository,
    private readonly temporal: TemporalConnection,
    private readonly staff: StaffAccountsRepository,
  ) {}

  private async handle(id: string) {
    const row = await this.evaluations.find(id);
    return (await this.temporal.workflowClient()).workflow.getHandle(row.workflow_id);
  }

  /** One of the round's Updates, as the caller; refusals and an ended round answer 409. */
  private async update<A extends { actor: OcopActor }>(
    id: string,
    definition: UpdateDefinition<OcopEvaluationState, [A]>,
    args: A,
  ) {
    const handle = await this.handle(id);
    return onWorkflow(() => handle.executeUpdate(definition, { args: [args] }));
  }

  @Post('products/:id/evaluations')
  @Authenticated('DEPARTMENT_APPRAISER')
  @ApiOperation({
    summary: 'Bắt đầu lượt đánh giá, với Hội đồng đầu tiên / start an evaluation round with its first council',
  })
  start(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) productId: string,
    @Body(validate(startEvaluationSchema)) body: StartEvaluationRequest,
  ) {
    return this.starting.start(user, productId, body);
  }

  @Get('evaluations/:id')
  @Authenticated('DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN')
  @ApiOperation({ summary: 'Trạng thái lượt đánh giá (trực tiếp từ quy trình) / live evaluation state' })
  async state(@Param('id', IdParam) id: string) {
    const handle = await this.handle(id);
    return onWorkflow(() => handle.query(ocopStateQuery));
  }

  @Post('evaluations/:id/councils')
  @Authenticated('DEPARTMENT_APPRAISER')
  @ApiOperation({
    summary:
      'Thành lập Hội đồng cấp tiếp theo, hoặc lại khi thiếu túc số / seat the next council, or re-seat one without quorum',
  })
  async openCouncil(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(openCouncilSchema)) body: z.infer<typeof openCouncilSchema>,
  ) {
    await this.staff.requireCouncilMembers(body.members.map((m) => m.userId));
    return this.update(id, openCouncilUpdate, { actor: ocopActor(user), ...body });
  }

  @Post('evaluations/:id/close')
  @HttpCode(200)
  @Authenticated('DEPARTMENT_APPRAISER')
  @ApiOperation({ summary: 'Kết thúc phiên họp Hội đồng / close the sitting council now' })
  async close(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string) {
    return this.update(id, closeCouncilUpdate, { actor: ocopActor(user) });
  }

  @Post('evaluations/:id/abandon')
  @HttpCode(200)
  @Authenticated('DEPARTMENT_APPRAISER')
  @ApiOperation({ summary: 'Dừng lượt đánh giá chờ Hội đồng, nêu lý do / abandon a round waiting for a council' })
  async abandon(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(abandonRoundSchema)) body: z.infer<typeof abandonRoundSchema>,
  ) {
    return this.update(id, abandonRoundUpdate, { actor: ocopActor(user), reason: body.reason });
  }

  @Post('evaluations/:id/commune-report')
  @HttpCode(200)
  @Authenticated('LOCAL_OFFICER', 'DEPARTMENT_APPRAISER')
  @ApiOperation({ summary: 'Báo cáo đánh giá của UBND cấp xã (QĐ 1489) / the commune evaluation report' })
  async communeReport(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(communeReportSchema)) body: { summary: string },
  ) {
    return this.update(id, submitCommuneReportUpdate, { actor: ocopActor(user), summary: body.summary });
  }

  @Post('evaluations/:id/central-result')
  @HttpCode(200)
  @Authenticated('DEPARTMENT_APPRAISER')
  @ApiOperation({ summary: 'Ghi nhận kết quả của Hội đồng Trung ương / record the national council’s result' })
  async centralResult(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(centralResultSchema)) body: { stars: number; decisionRef: string },
  ) {
    return this.update(id, recordCentralResultUpdate, {
      actor: ocopActor(user),
      stars: body.stars as OcopStars,
      decisionRef: body.decisionRef,
    });
  }
}
