import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { OfficerAction, SupportRequestState } from '@kc/domain';
import type { Page, TaskActionResult, TaskDetail } from '@kc/contracts';
import { isOperatorAction } from '@kc/domain';
import { httpError, validate } from '@kc/platform';
import { actionBodies, actionFromPath } from '../approval/officer-action.schema';
import { WorkflowActions } from '../approval/workflow-actions.service';
import { taskQuerySchema, type TaskQuery } from './task-query.schema';
import { TimelineRepository } from '../approval/timeline.repository';
import { TaskIdParam } from './task-id.param';
import { TasksRepository, type TaskView } from './tasks.repository';

const taskNotFound = () => httpError(404, 'Không tìm thấy nhiệm vụ.', 'No such task (or not yours to see).');

/**
 * The officers' task inbox. Every officer sees and acts on the tasks of their own unit and role only;
 * an action goes to the dossier's workflow, whose validator has the last word.
 */
@ApiTags('inbox')
@Controller('tasks')
@Authenticated(
  'LOCAL_OFFICER',
  'LOCAL_LEADER',
  'DEPARTMENT_APPRAISER',
  'COUNCIL_MEMBER',
  'DEPARTMENT_LEADER',
  'OPERATOR',
)
export class TasksController {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly workflows: WorkflowActions,
    private readonly timeline: TimelineRepository,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Danh sách nhiệm vụ / my tasks (filters: unit, role, stage, applicationId, dossierCode, programCode, status=open|claimed|done, dueBefore, overdue; sorted by due date; paginated)',
  })
  async list(@CurrentUser() user: AuthUser, @Query(validate(taskQuerySchema)) q: TaskQuery): Promise<Page<TaskView>> {
    const { items, total } = await this.tasks.list(user, q);
    return { items, page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':taskId')
  @ApiOperation({ summary: 'Một nhiệm vụ với tóm tắt hồ sơ và diễn biến / one task, its dossier and timeline' })
  async one(
    @CurrentUser() user: AuthUser,
    @Param('taskId', TaskIdParam) taskId: string,
  ): Promise<TaskDetail<OfficerAction['type']>> {
    const task = await this.visible(user, taskId);
    const [dossier, timeline] = await Promise.all([
      this.tasks.dossier(task.applicationId),
      this.timeline.read(task.applicationId),
    ]);
    // The dossier and its documents are the applications service's; officers read them there.
    const dossierLink = `/api/applications/officer/dossiers/${task.applicationId}`;
    return { task, dossier, timeline, links: { dossier: dossierLink, documents: `${dossierLink}#documents` } };
  }

  @Post(':taskId/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Nhận xử lý nhiệm vụ / claim the task' })
  async claim(@CurrentUser() user: AuthUser, @Param('taskId', TaskIdParam) taskId: string): Promise<TaskView> {
    const task = await this.visible(user, taskId);
    this.open(task);
    if (!(await this.tasks.claim(user.id, taskId)))
      throw httpError(409, 'Nhiệm vụ đã có người nhận xử lý.', 'Someone else has claimed this task.');
    return this.visible(user, taskId);
  }

  @Post(':taskId/unclaim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trả lại nhiệm vụ / release a claim (the holder, or an operator)' })
  async unclaim(@CurrentUser() user: AuthUser, @Param('taskId', TaskIdParam) taskId: string): Promise<TaskView> {
    const task = await this.visible(user, taskId);
    this.open(task);
    if (!(await this.tasks.unclaim(user.id, taskId, user.roles.includes('OPERATOR'))))
      throw httpError(409, 'Bạn không giữ nhiệm vụ này.', 'You do not hold this task.');
    return this.visible(user, taskId);
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
    const task = await this.visible(user, taskId);
    this.open(task);
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

  private async visible(user: AuthUser, taskId: string): Promise<TaskView> {
    const task = await this.tasks.findVisible(user, taskId);
    if (!task) throw taskNotFound();
    return task;
  }

  private open(task: TaskView): void {
    if (task.status !== 'OPEN') throw httpError(409, 'Nhiệm vụ đã hoàn thành.', 'The task is already done.');
  }
}
