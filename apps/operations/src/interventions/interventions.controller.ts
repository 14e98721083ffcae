import { Body, Controller, Get, HttpCode, HttpException, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { BatchDryRun, BatchReport, BatchResumed, BatchStarted, InterventionDone } from '@kc/contracts';
import { pageOffset, validate } from '@kc/platform';
import { BatchJobs } from './batch-jobs';
import { batchReport } from './batch-report.query';
import { interventionBody } from './operator-action';
import { WorkflowIntervention } from './workflow-intervention';
import { batchBody, jobQuery } from './interventions.schemas';

const noJob = () =>
  new HttpException({ statusCode: 404, message: 'Không tìm thấy lô.', messageEn: 'No such batch.' }, 404);

/** Operators' interventions on workflows (reassign, extend a deadline, cancel), one at a time or in batches. */
@ApiTags('interventions')
@Controller('interventions')
@Authenticated('OPERATOR')
export class InterventionsController {
  constructor(
    private readonly intervention: WorkflowIntervention,
    private readonly batches: BatchJobs,
    private readonly db: DataSource,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Can thiệp một quy trình: gia hạn, giao lại, huỷ (có lý do) / one intervention' })
  async one(
    @CurrentUser() user: AuthUser,
    @Body(validate(interventionBody)) body: z.infer<typeof interventionBody>,
  ): Promise<InterventionDone> {
    const result = await this.intervention.run(user, body.workflowId, body.action, body.reason);
    if (!result.ok) throw WorkflowIntervention.problem(result);
    await this.db.transaction((m) =>
      this.intervention.record(m, user, body.workflowId, body.action, body.reason, result),
    );
    return { workflowId: body.workflowId, action: body.action.type, state: result.state };
  }

  @Post('batches')
  @HttpCode(200)
  @ApiOperation({ summary: 'Can thiệp hàng loạt theo bộ lọc hoặc danh sách; dryRun (mặc định) chỉ đếm / batch' })
  async batch(
    @CurrentUser() user: AuthUser,
    @Body(validate(batchBody)) body: z.infer<typeof batchBody>,
  ): Promise<BatchDryRun | BatchStarted> {
    const selection = { filter: body.filter, workflowIds: body.workflowIds };
    if (body.dryRun) {
      const ids = await this.batches.resolve(selection);
      return { dryRun: true, matched: ids.length, sample: ids.slice(0, 20) };
    }
    return { dryRun: false, jobId: await this.batches.create(user, selection, body.action, body.reason) };
  }

  @Get('batches/:jobId')
  @ApiOperation({ summary: 'Kết quả từng mục của lô / a batch and its items’ results' })
  async report(
    @Param('jobId') jobId: string,
    @Query(validate(jobQuery)) q: z.infer<typeof jobQuery>,
  ): Promise<BatchReport<Date>> {
    const report = z.uuid().safeParse(jobId).success
      ? await batchReport(this.db, jobId, q.pageSize, pageOffset(q))
      : undefined;
    if (!report) throw noJob();
    return { ...report, page: q.page, pageSize: q.pageSize };
  }

  @Post('batches/:jobId/resume')
  @HttpCode(202)
  @ApiOperation({ summary: 'Tiếp tục lô còn mục chưa làm (không làm lại mục đã xong) / resume a batch' })
  async resume(@Param('jobId') jobId: string): Promise<BatchResumed> {
    if (!z.uuid().safeParse(jobId).success || !(await batchReport(this.db, jobId, 1, 0))) throw noJob();
    this.batches.resume(jobId);
    return { jobId, resumed: true };
  }
}
