import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { AuthUser } from '@kc/auth';
import { WorkflowIds } from '@kc/contracts';
import { DomainRefusalError } from '@kc/domain';
import type { RuralAction, RuralAppraisalState } from '@kc/domain/rural-criteria';
import { TemporalConnection, updateRefusal } from '@kc/temporal';
import { ruralActionUpdate, ruralStateQuery } from '@kc/workflows';
import { RuralSelfAssessmentsRepository } from './rural-self-assessments.repository';
import type { RuralActionBody } from './rural-action.schema';
import { notFound, RuralCriteriaService } from './rural-criteria.service';

/** An appraisal's workflow: its state, and the officers' actions, on which its validator has the last word. */
@Injectable()
export class RuralWorkflowActions {
  constructor(
    private readonly appraisals: RuralCriteriaService,
    private readonly selfAssessments: RuralSelfAssessmentsRepository,
    private readonly temporal: TemporalConnection,
  ) {}

  async state(id: string): Promise<RuralAppraisalState> {
    const client = await this.temporal.workflowClient();
    try {
      return await client.workflow.getHandle(WorkflowIds.ruralCriteriaAppraisal(id)).query(ruralStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw notFound();
      throw error;
    }
  }

  /** Runs the action as an Update; a refusal is a 409 with its code, Vietnamese and English texts. */
  async act(id: string, body: RuralActionBody, user: AuthUser): Promise<RuralAppraisalState> {
    await this.appraisals.found(id);
    const action = await this.withAssessment(id, body);
    const client = await this.temporal.workflowClient();
    try {
      return await client.workflow.getHandle(WorkflowIds.ruralCriteriaAppraisal(id)).executeUpdate(ruralActionUpdate, {
        args: [{ actor: { userId: user.id, roles: user.roles, unitCode: user.unitCode }, action }],
      });
    } catch (error) {
      const refusal = updateRefusal(error);
      if (refusal) throw new DomainRefusalError(refusal);
      if (error instanceof WorkflowNotFoundError) throw notFound();
      throw error;
    }
  }

  /** The commune submits what it saved: the server attaches the stored self-assessment, never a client copy. */
  private async withAssessment(id: string, body: RuralActionBody): Promise<RuralAction> {
    if (body.type !== 'SUBMIT_SELF_ASSESSMENT' && body.type !== 'SUBMIT_SUPPLEMENT') return body as RuralAction;
    const saved = await this.selfAssessments.get(id);
    if (!saved)
      throw new DomainRefusalError({
        code: 'NO_SELF_ASSESSMENT',
        vi: 'Xã chưa nhập bản tự đánh giá.',
        en: 'The commune has not filled in its self-assessment.',
      });
    return { type: body.type, assessment: saved.figures };
  }
}
