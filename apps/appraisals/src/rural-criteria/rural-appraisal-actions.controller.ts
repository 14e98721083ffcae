import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { IdParam, validate } from '@kc/platform';
import { ruralActionSchema, type RuralActionBody } from './rural-action.schema';
import { selfAssessmentSchema } from './self-assessment.schema';
import { RuralCriteriaService } from './rural-criteria.service';
import { RuralWorkflowActions } from './rural-workflow-actions.service';
import { RURAL_OFFICERS } from './rural-officers';

/** The commune's self-assessment and every step of the procedure, each checked by the workflow's table. */
@ApiTags('rural-criteria')
@Controller('rural-criteria')
@Authenticated(...RURAL_OFFICERS)
export class RuralAppraisalActionsController {
  constructor(
    private readonly service: RuralCriteriaService,
    private readonly workflow: RuralWorkflowActions,
  ) {}

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
    return this.workflow.act(id, body, user);
  }
}
