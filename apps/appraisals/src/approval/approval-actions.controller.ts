import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { OfficerAction } from '@kc/domain';
import { IdParam, validate } from '@kc/platform';
import { actionSchema } from './officer-action.schema';
import { WorkflowActions } from './workflow-actions.service';

/** Officers act on a dossier's approval workflow by dossier id (the inbox offers the same by task). */
@ApiTags('approval')
@Controller('approvals')
@Authenticated('LOCAL_OFFICER', 'DEPARTMENT_APPRAISER', 'COUNCIL_MEMBER', 'DEPARTMENT_LEADER', 'OPERATOR')
export class ApprovalActionsController {
  constructor(private readonly workflows: WorkflowActions) {}

  @Get(':applicationId')
  @ApiOperation({ summary: 'Trạng thái phê duyệt / the approval workflow state' })
  state(@CurrentUser() user: AuthUser, @Param('applicationId', IdParam) applicationId: string) {
    return this.workflows.stateFor(user, applicationId);
  }

  @Post(':applicationId/actions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thực hiện một bước xử lý / act on the dossier (accept, refuse, vote, approve, …)' })
  act(
    @CurrentUser() user: AuthUser,
    @Param('applicationId', IdParam) applicationId: string,
    @Body(validate(actionSchema)) action: OfficerAction,
  ) {
    return this.workflows.act(applicationId, user, action);
  }
}
