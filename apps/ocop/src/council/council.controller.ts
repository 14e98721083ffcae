import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { ConflictDeclarationAnswer, ScoreSheetAnswer } from '@kc/contracts';
import { ocopEvaluationPackById, scoreSheet, scoreTemplate } from '@kc/domain';
import { bilingual, pageQueryShape, validate, IdParam, httpError } from '@kc/platform';
import { TemporalConnection, TemporalUnavailableFilter } from '@kc/temporal';
import { declareConflictUpdate, submitScoreSheetUpdate } from '@kc/workflows';
import { EvaluationsRepository } from '../evaluation/evaluations.repository';
import { onWorkflow } from '../evaluation/workflow-calls';
import { ocopActor } from '../shared/user-actor';
import { CouncilTasksRepository, type TaskQuery } from './council-tasks.repository';

const taskQuerySchema = z.strictObject({
  status: z.enum(['OPEN', 'CLOSED']).optional(),
  ...pageQueryShape,
});
const conflictSchema = z.strictObject({
  hasConflict: z.boolean(bilingual('Cho biết có xung đột lợi ích hay không.', 'Say whether you have a conflict.')),
  note: z.string().trim().max(2000).optional(),
});
const sheetSchema = z.strictObject({
  answers: z.record(
    z.string().max(40),
    z.unknown(),
    bilingual('Cần điểm từng tiêu chí.', 'Points per criterion needed.'),
  ),
});

const noSeat = () =>
  httpError(404, 'Bạn không có nhiệm vụ chấm sản phẩm này.', 'You have no seat on a council for this evaluation.');

/**
 * A council member's work: their task list, the conflict-of-interest declaration and their own score
 * sheet. Identity comes from the token, so nobody can declare or score for someone else.
 */
@ApiTags('council')
@Controller()
@UseFilters(TemporalUnavailableFilter)
@Authenticated('COUNCIL_MEMBER')
export class CouncilController {
  constructor(
    private readonly tasks: CouncilTasksRepository,
    private readonly evaluations: EvaluationsRepository,
    private readonly temporal: TemporalConnection,
  ) {}

  @Get('council/tasks')
  @ApiOperation({ summary: 'Nhiệm vụ chấm điểm của tôi (phân trang) / my scoring tasks, paginated' })
  list(@CurrentUser() user: AuthUser, @Query(validate(taskQuerySchema)) q: TaskQuery) {
    return this.tasks.list(user.id, q);
  }

  @Post('evaluations/:id/conflict-declaration')
  @HttpCode(200)
  @ApiOperation({ summary: 'Khai báo xung đột lợi ích / declare conflicts of interest' })
  async declare(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(conflictSchema)) body: z.infer<typeof conflictSchema>,
  ): Promise<ConflictDeclarationAnswer> {
    const row = await this.evaluations.find(id);
    if (!(await this.evaluations.seat(row.id, user.id))) throw noSeat();
    const handle = (await this.temporal.workflowClient()).workflow.getHandle(row.workflow_id);
    await onWorkflow(() =>
      handle.executeUpdate(declareConflictUpdate, { args: [{ actor: ocopActor(user), ...body }] }),
    );
    return { evaluationId: row.id, hasConflict: body.hasConflict };
  }

  @Put('evaluations/:id/score-sheet')
  @ApiOperation({
    summary: 'Nộp (hoặc sửa, khi Hội đồng chưa kết thúc) phiếu chấm của tôi / submit or replace my score sheet',
  })
  async submit(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(sheetSchema)) body: z.infer<typeof sheetSchema>,
  ): Promise<ScoreSheetAnswer> {
    const row = await this.evaluations.find(id);
    const seat = await this.evaluations.seat(row.id, user.id);
    if (!seat) throw noSeat();
    const template = scoreTemplate(ocopEvaluationPackById(row.pack_id), row.subgroup_code);
    const checked = scoreSheet(template, body.answers);
    if (!checked.ok)
      throw httpError(
        400,
        'Phiếu chấm không hợp lệ.',
        'The score sheet is invalid.',
        checked.problems.map((p) => ({
          field: `answers.${p.criterionCode}`,
          messageVi: p.messageVi,
          messageEn: p.messageEn,
        })),
      );
    const handle = (await this.temporal.workflowClient()).workflow.getHandle(row.workflow_id);
    const state = await onWorkflow(() =>
      handle.executeUpdate(submitScoreSheetUpdate, { args: [{ actor: ocopActor(user), answers: body.answers }] }),
    );
    const council = state.councils[state.councils.length - 1];
    // Totals are the server's own, computed from the points; the client never sends them.
    return {
      evaluationId: row.id,
      level: council.level,
      councilStatus: council.status,
      points: checked.points,
      partTotals: checked.partTotals,
      total: checked.total,
    };
  }
}
