import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import { ocopEvaluationPackById } from '@kc/domain';
import { TemporalConnection } from '@kc/temporal';
import {
  OCOP_FINAL_STAGES,
  ocopSearchAttributes,
  reevaluationStartedSignal,
  type OcopEvaluationInput,
} from '@kc/workflows';
import type { OcopConfig } from '../config';
import { ProductsRepository } from '../registration/products.repository';
import { httpError, StaffAccountsRepository } from '@kc/platform';
import { invalidRequest } from '../shared/http-errors';
import { OCOP_CONFIG } from '../shared/ocop-config.token';
import type { StartEvaluationRequest } from './evaluation.schemas';

/** Stages after which a new round may start: ended, or certified (then it is a re-evaluation or upgrade). */
const MAY_START_AFTER = [...OCOP_FINAL_STAGES, 'CERTIFIED'] as readonly string[];

@Injectable()
export class StartEvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductsRepository,
    private readonly temporal: TemporalConnection,
    private readonly staff: StaffAccountsRepository,
    @Inject(OCOP_CONFIG) private readonly config: OcopConfig,
  ) {}

  /**
   * Opens the next round: the row is written and the workflow started in one transaction, so a failed
   * start leaves no row (the workflow id makes a retried start a no-op). A certified product's running
   * workflow is told, so its certificate is not marked expired while the new round runs. Its first council
   * is made of accounts the staff directory knows with the council role.
   */
  async start(user: AuthUser, productId: string, body: StartEvaluationRequest) {
    const product = await this.products.find(user, productId);
    if (body.communeReport && !ocopEvaluationPackById(product.pack_id).levels.some((l) => l.role === 'REPORT'))
      throw invalidRequest([
        {
          field: 'communeReport',
          messageVi: `Bộ tiêu chí ${product.pack_id} không có báo cáo đánh giá của UBND xã.`,
          messageEn: `Pack ${product.pack_id} has no commune evaluation report.`,
        },
      ]);
    await this.staff.requireCouncilMembers(body.council.map((m) => m.userId));
    const client = await this.temporal.workflowClient();
    const { input, previousWorkflowId } = await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT id FROM ocop.products WHERE id = $1 FOR UPDATE`, [product.id]);
      const [last]: { round: number; stage: string; workflow_id: string }[] = await m.query(
        `SELECT round, stage, workflow_id FROM ocop.evaluations WHERE product_id = $1 ORDER BY round DESC LIMIT 1`,
        [product.id],
      );
      if (last && !MAY_START_AFTER.includes(last.stage))
        throw httpError(
          409,
          'Sản phẩm đang có lượt đánh giá chưa kết thúc.',
          'The product has an evaluation in progress.',
        );
      const round = (last?.round ?? 0) + 1;
      const evaluationInput: OcopEvaluationInput = {
        evaluationId: randomUUID(),
        productId: product.id,
        round,
        packId: product.pack_id,
        subgroupCode: product.subgroup_code,
        productName: product.name,
        subjectName: product.subject_name,
        unitCode: product.unit_code,
        council: body.council,
        centralAnswerReminderDays: this.config.OCOP_CENTRAL_REMINDER_DAYS,
        ...(body.communeReport ? { communeReport: { by: user.id, summary: body.communeReport.summary } } : {}),
      };
      const workflowId = WorkflowIds.ocopEvaluation(product.id, round);
      await m.query(
        `INSERT INTO ocop.evaluations (id, product_id, round, workflow_id, pack_id, stage, started_by)
         VALUES ($1, $2, $3, $4, $5, 'IN_PROGRESS', $6)`,
        [evaluationInput.evaluationId, product.id, round, workflowId, product.pack_id, user.id],
      );
      try {
        await client.workflow.start(WorkflowTypes.ocopEvaluation, {
          taskQueue: this.config.OCOP_TASK_QUEUE,
          workflowId,
          args: [evaluationInput],
          // The workflow upserts the stage as it moves; the rest never changes.
          typedSearchAttributes: ocopSearchAttributes(evaluationInput, 'COMMUNE_REPORT', null),
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
      return { input: evaluationInput, previousWorkflowId: last?.stage === 'CERTIFIED' ? last.workflow_id : null };
    });
    if (previousWorkflowId)
      await client.workflow
        .getHandle(previousWorkflowId)
        .signal(reevaluationStartedSignal, { round: input.round })
        .catch((error: unknown) => {
          if (!(error instanceof WorkflowNotFoundError)) throw error;
        });
    return { id: input.evaluationId, productId: product.id, round: input.round, packId: input.packId };
  }
}
