import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { EventTypes, WorkflowIds, WorkflowTypes, type ApplicationSubmittedV1, type EventEnvelope } from '@kc/contracts';
import type { InboxContext } from '@kc/messaging';
import { packById } from '@kc/domain';
import { TemporalConnection } from '@kc/temporal';
import { supportRequestSearchAttributes, type SupportRequestInput } from '@kc/workflows';
import { APPRAISALS_CONFIG } from '../appraisals-config.token';
import type { AppraisalsConfig } from '../config';

/** Kafka → Temporal bridge: a submitted dossier starts its approval workflow, once (the id is the dossier). */
@Controller()
export class StartWorkflowOnApplicationSubmitted {
  constructor(
    private readonly temporal: TemporalConnection,
    @Inject(APPRAISALS_CONFIG) private readonly config: AppraisalsConfig,
  ) {}

  @EventPattern(EventTypes.ApplicationSubmitted)
  async handle(@Payload() event: EventEnvelope<ApplicationSubmittedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const p = event.payload;
    // The inbox's dossier summary, in the inbox transaction (a replay finds the row and leaves it).
    await ctx.manager.query(
      `INSERT INTO appraisals.dossiers (application_id, dossier_code, program_code, rule_pack_id, applicant_id,
         applicant_name, local_unit_code, eligible_cost_vnd, proposed_support_vnd, submitted_at, expected_result_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (application_id) DO NOTHING`,
      [
        p.applicationId,
        p.dossierCode,
        p.programCode,
        p.rulePackId,
        p.applicantId,
        p.applicantName,
        p.localUnitCode,
        p.eligibleCostVnd,
        p.proposedSupportVnd,
        p.submittedAt,
        p.expectedResultDate,
      ],
    );
    const input: SupportRequestInput = {
      applicationId: p.applicationId,
      dossierCode: p.dossierCode,
      programCode: p.programCode,
      rulePackId: p.rulePackId,
      localUnitCode: p.localUnitCode,
      maxSupportVnd: p.proposedSupportVnd,
      // The pack the dossier keeps for its whole life sets the council's quorum.
      quorum: packById(p.rulePackId).councilQuorum,
    };
    const client = await this.temporal.workflowClient();
    try {
      await client.workflow.start(WorkflowTypes.supportRequest, {
        taskQueue: this.config.APPROVALS_TASK_QUEUE,
        workflowId: WorkflowIds.supportRequest(p.applicationId),
        args: [input],
        // Filterable from the first moment; the workflow then upserts only what changes.
        typedSearchAttributes: supportRequestSearchAttributes(input, { stage: 'RECEPTION', overdue: false }),
      });
    } catch (error) {
      // A redelivered event, or a replay after a crash: the workflow already runs, which is the goal.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
}
