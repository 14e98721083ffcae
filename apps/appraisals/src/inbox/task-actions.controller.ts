import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { TaskActionResult } from '@kc/contracts';
import { isOperatorAction, OFFICER_ROLES, type OfficerAction, type SupportRequestState } from '@kc/domain';
import { httpError, validate } from '@kc/platform';
import { actionBodies, actionFromPath } from '../approval/officer-action.schema';
import { WorkflowActions } from '../approval/workflow-actions.service';
import { ensureOpen, visibleTask } from './task-access';
import { TaskIdParam } from './task-id.param';
import { TasksRepository, type TaskView } from './tasks.repository';

/**
 * Claims and actions on an inbox task. An action goes to the dossier's workflow, whose validator has the
 * last word. The claim routes come first: `:taskId/:action` would otherwise take them.
 */
@ApiTags('inbox')
@Controller('tasks')
@Authenticated(...OFFICER_ROLES) // each task is then visible only to its own unit and role (task-access)
export class TaskActionsController {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly workflows: WorkflowActions,
  ) {}

  @Post(':taskId/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Nhận xử lý nhiệm vụ / claim the task' })
  async claim(@CurrentUser() user: AuthUser, @Param('taskId', TaskIdParam) taskId: string): Promise<TaskView> {
    const task = await visibleTask(this.tasks, user, taskId);
    ensureOpen(task);
    if (!(await this.tasks.claim(user.id, taskId)))
      throw httpError(409, 'Nhiệm vụ đã có người nhận xử lý.', 'Someone else has claimed this task.');
    return visibleTask(this.tasks, user, taskId);
  }

  @Post(':taskId/unclaim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trả lại nhiệm vụ / release a claim (the holder, or an operator)' })
  async unclaim(@CurrentUser() user: AuthUser, @Param('taskId', TaskIdParam) taskId: string): Promise<TaskView> {
    const task = await visibleTask(this.tasks, user, taskId);
    ensureOpen(task);
    if (!(await this.tasks.unclaim(user.id, taskId, user.roles.includes('OPERATOR'))))
      throw httpError(409, 'Bạn không giữ nhiệm vụ này.', 'You do not hold this task.');
    return visibleTask(this.tasks, user, taskId);
  }

  /**
   * One route per action: accept, request-supplement, refuse, recommend, return-to-local, propose-amount,
   * declare-conflict, vote, approve, decline, record-acceptance, record-disbursement; and for operators
   * reassign, extend-deadline, cancel.
   */
  @Post(':taskId/:action')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thực hiện thao tác của nhiệm vụ / act on the task (body depends on the action)' })
  async act(
    @CurrentUser() user: AuthUser,
    @Param('taskId', TaskIdParam) taskId: string,
    @Param('action') segment: string,
    @Body() body: unknown,
  ): Promise<TaskActionResult<OfficerAction['type'], SupportRequestState>> {
    const type = actionFromPath(segment);
    if (!type)
      throw httpError(404, `Không có thao tác "${segment}".`, `No action "${segment}" (see the API documentation).`);
    const fields = validate(actionBodies[type]).transform(body ?? {});
    const task = await visibleTask(this.tasks, user, taskId);
    ensureOpen(task);
    const action = { type, ...(fields as object) } as OfficerAction;
    if (!isOperatorAction(action)) {
      if (!task.actions.includes(type))
        throw httpError(409, 'Nhiệm vụ này không có thao tác đó.', `This task does not offer ${type}.`);
      if (task.claimedBy && task.claimedBy !== user.id)
        throw httpError(409, 'Nhiệm vụ đang do cán bộ khác xử lý.', 'Another officer has claimed this task.');
    }
    const state = await this.workflows.act(task.applicationId, user, action);
    return { taskId, action: type, state };
  }
}
