import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { OFFICER_ROLES, type OfficerAction } from '@kc/domain';
import type { Page, TaskDetail } from '@kc/contracts';
import { validate } from '@kc/platform';
import { TimelineRepository } from '../approval/timeline.repository';
import { taskQuerySchema, type TaskQuery } from './task-query.schema';
import { visibleTask } from './task-access';
import { TaskIdParam } from './task-id.param';
import { TasksRepository, type TaskView } from './tasks.repository';

/**
 * The officers' task inbox. Every officer sees the tasks of their own unit and role only; claims and
 * actions are TaskActionsController's.
 */
@ApiTags('inbox')
@Controller('tasks')
@Authenticated(...OFFICER_ROLES) // each task is then visible only to its own unit and role (task-access)
export class TasksController {
  constructor(
    private readonly tasks: TasksRepository,
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
    const task = await visibleTask(this.tasks, user, taskId);
    const [dossier, timeline] = await Promise.all([
      this.tasks.dossier(task.applicationId),
      this.timeline.read(task.applicationId),
    ]);
    // The dossier and its documents are the applications service's; officers read them there.
    const dossierLink = `/api/applications/officer/dossiers/${task.applicationId}`;
    return { task, dossier, timeline, links: { dossier: dossierLink, documents: `${dossierLink}#documents` } };
  }
}
