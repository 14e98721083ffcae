import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated } from '@kc/auth';
import { validate } from '@kc/platform';
import { StuckWorkflows } from './stuck-workflows';
import { WorkflowExplorer } from './workflow-explorer';
import { listQuery, stuckQuery } from './workflows.schemas';

/** The workflow explorer: list and filter through Temporal visibility, describe, history, stuck ones. */
@ApiTags('workflows')
@Controller('workflows')
@Authenticated('OPERATOR', 'ADMIN')
export class WorkflowsController {
  constructor(
    private readonly explorer: WorkflowExplorer,
    private readonly stuckWorkflows: StuckWorkflows,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Danh sách quy trình (lọc theo giai đoạn, đơn vị, chương trình, quá hạn, hạn trước) / workflows',
  })
  list(@Query(validate(listQuery)) q: z.infer<typeof listQuery>) {
    return this.explorer.list(q, q.page, q.pageSize);
  }

  @Get('stuck')
  @ApiOperation({ summary: 'Quy trình bị kẹt: việc tự động thử lại nhiều lần hoặc không tiến triển / stuck workflows' })
  stuck(@Query(validate(stuckQuery)) q: z.infer<typeof stuckQuery>) {
    return this.stuckWorkflows.stuck(q, q.minAttempts, q.idleHours, q.noProgressHours);
  }

  @Get(':workflowId')
  @ApiOperation({ summary: 'Một quy trình (id đã mã hoá URL, vd support-request%2F…) / describe one workflow' })
  describe(@Param('workflowId') workflowId: string) {
    return this.explorer.describe(workflowId);
  }

  @Get(':workflowId/history')
  @ApiOperation({ summary: 'Diễn biến quy trình bằng tiếng Việt / history as a readable timeline' })
  history(@Param('workflowId') workflowId: string) {
    return this.explorer.timeline(workflowId);
  }
}
