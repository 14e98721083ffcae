import { Body, Controller, Get, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate, IdParam } from '@kc/platform';
import { TemporalUnavailableFilter } from '@kc/temporal';
import { startEvaluationSchema, type StartEvaluationRequest } from './evaluation.schemas';
import { RoundWorkflows } from './round-workflows';
import { StartEvaluationService } from './start-evaluation.service';

/**
 * The Department runs evaluations: a DEPARTMENT_APPRAISER (the officer who already appraises dossiers for
 * the Department; OCOP councils are set up on its proposal) starts rounds with their first council; the
 * Department reads a round's live state. What is done on a running round is in RoundActionsController.
 */
@ApiTags('evaluation')
@Controller()
@UseFilters(TemporalUnavailableFilter)
export class EvaluationsController {
  constructor(
    private readonly starting: StartEvaluationService,
    private readonly rounds: RoundWorkflows,
  ) {}

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
  state(@Param('id', IdParam) id: string) {
    return this.rounds.state(id);
  }
}
