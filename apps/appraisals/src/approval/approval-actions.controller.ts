import { Body, Controller, Get, HttpCode, HttpException, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { WorkflowIds } from '@kc/contracts';
import type { OfficerAction } from '@kc/domain';
import { validate } from '@kc/platform';
import { TemporalConnection } from '@kc/temporal';
import { officerActionUpdate, stateQuery } from '@kc/workflows';

const text = z.string().trim().min(1).max(2000);
const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ACCEPT') }),
  z.strictObject({
    type: z.literal('REQUEST_SUPPLEMENT'),
    items: z
      .array(z.strictObject({ documentCode: z.string().min(2).max(40), reasonVi: text }))
      .min(1)
      .max(20),
  }),
  z.strictObject({ type: z.literal('REFUSE'), reason: text }),
  z.strictObject({ type: z.literal('RECOMMEND'), supports: z.boolean(), note: text }),
  z.strictObject({ type: z.literal('RETURN_TO_LOCAL'), reason: text }),
  z.strictObject({ type: z.literal('PROPOSE_AMOUNT'), amountVnd: z.number().int().positive(), note: text.optional() }),
  z.strictObject({ type: z.literal('DECLARE_CONFLICT'), hasConflict: z.boolean() }),
  z.strictObject({ type: z.literal('VOTE'), approve: z.boolean(), note: text.optional() }),
  z.strictObject({ type: z.literal('APPROVE') }),
  z.strictObject({ type: z.literal('DECLINE'), reason: text }),
  z.strictObject({ type: z.literal('RECORD_ACCEPTANCE'), passed: z.boolean(), note: text }),
  z.strictObject({ type: z.literal('RECORD_DISBURSEMENT'), amountVnd: z.number().int().positive() }),
]);

const problem = (status: number, message: string, messageEn: string) =>
  new HttpException({ statusCode: status, message, messageEn }, status);

/** Officers act on a dossier's approval workflow; the workflow's validator has the last word. */
@ApiTags('approval')
@Controller('approvals')
@Authenticated('LOCAL_OFFICER', 'DEPARTMENT_APPRAISER', 'COUNCIL_MEMBER', 'DEPARTMENT_LEADER', 'OPERATOR')
export class ApprovalActionsController {
  constructor(private readonly temporal: TemporalConnection) {}

  @Get(':applicationId')
  @ApiOperation({ summary: 'Trạng thái phê duyệt / the approval workflow state' })
  async state(@Param('applicationId') applicationId: string) {
    const client = await this.temporal.workflowClient();
    try {
      return await client.workflow.getHandle(WorkflowIds.supportRequest(applicationId)).query(stateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw problem(404, 'Không tìm thấy hồ sơ đang xử lý.', 'No approval workflow for this dossier.');
      throw error;
    }
  }

  @Post(':applicationId/actions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thực hiện một bước xử lý / act on the dossier (accept, refuse, vote, approve, …)' })
  async act(
    @CurrentUser() user: AuthUser,
    @Param('applicationId') applicationId: string,
    @Body(validate(actionSchema)) action: OfficerAction,
  ) {
    const client = await this.temporal.workflowClient();
    const handle = client.workflow.getHandle(WorkflowIds.supportRequest(applicationId));
    try {
      return await handle.executeUpdate(officerActionUpdate, {
        args: [{ actor: { userId: user.id, roles: user.roles, unitCode: user.unitCode }, action }],
      });
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) {
        const [vi, en] = String(error.cause?.message ?? '').split(' / ');
        throw problem(409, vi || 'Không thể thực hiện thao tác.', en || 'The action was rejected.');
      }
      if (error instanceof WorkflowNotFoundError)
        throw problem(404, 'Không tìm thấy hồ sơ đang xử lý.', 'No approval workflow for this dossier.');
      throw error;
    }
  }
}
