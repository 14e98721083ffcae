import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { OcopStars } from '@kc/domain';
import { validate, IdParam, StaffAccountsRepository } from '@kc/platform';
import { TemporalUnavailableFilter } from '@kc/temporal';
import {
  abandonRoundUpdate,
  closeCouncilUpdate,
  openCouncilUpdate,
  recordCentralResultUpdate,
  submitCommuneReportUpdate,
} from '@kc/workflows';
import { ocopActor } from '../shared/user-actor';
import { abandonRoundSchema, centralResultSchema, communeReportSchema, openCouncilSchema } from './evaluation.schemas';
import { RoundWorkflows } from './round-workflows';

/**
 * What is done on a running round, each an Update its workflow validates: the appraiser seats (or, after
 * no quorum, re-seats) councils of directory council members, closes a sitting early, abandons a round
 * waiting for a council and records the national council's answer; the commune officer writes the 1489
 * report.
 */
@ApiTags('evaluation')
@Controller()
@UseFilters(TemporalUnavailableFilter)
export class RoundActionsController {
  constructor(
    private readonly rounds: RoundWorkflows,
    private readonly staff: StaffAccountsRepository,
  ) {}

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
    return this.rounds.update(id, openCouncilUpdate, { actor: ocopActor(user), ...body });
  }

  @Post('evaluations/:id/close')
  @HttpCode(200)
  @Authenticated('DEPARTMENT_APPRAISER')
  @ApiOperation({ summary: 'Kết thúc phiên họp Hội đồng / close the sitting council now' })
  async close(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string) {
    return this.rounds.update(id, closeCouncilUpdate, { actor: ocopActor(user) });
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
    return this.rounds.update(id, abandonRoundUpdate, { actor: ocopActor(user), reason: body.reason });
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
    return this.rounds.update(id, submitCommuneReportUpdate, { actor: ocopActor(user), summary: body.summary });
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
    return this.rounds.update(id, recordCentralResultUpdate, {
      actor: ocopActor(user),
      stars: body.stars as OcopStars,
      decisionRef: body.decisionRef,
    });
  }
}
