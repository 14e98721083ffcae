import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EventTypes,
  WorkflowIds,
  type ApplicationWithdrawnV1,
  type EventEnvelope,
  type SupplementSubmittedV1,
} from '@kc/contracts';
import type { InboxContext } from '@kc/messaging';
import { TemporalConnection } from '@kc/temporal';
import { supplementSubmittedSignal, withdrawnSignal } from '@kc/workflows';

/**
 * Kafka → Temporal bridge for what the applicant does after submission. A signal to a workflow that is
 * missing fails the handler, so the event is retried and then parked in the DLQ for an operator.
 */
@Controller()
export class SignalWorkflowOnApplicantEvents {
  constructor(private readonly temporal: TemporalConnection) {}

  @EventPattern(EventTypes.SupplementSubmitted)
  async supplement(@Payload() event: EventEnvelope<SupplementSubmittedV1>, @Ctx() _ctx: InboxContext): Promise<void> {
    const { applicationId, supplementRequestId, documentIds } = event.payload;
    const client = await this.temporal.workflowClient();
    await client.workflow
      .getHandle(WorkflowIds.supportRequest(applicationId))
      .signal(supplementSubmittedSignal, { supplementRequestId, documentIds });
  }

  @EventPattern(EventTypes.ApplicationWithdrawn)
  async withdrawn(@Payload() event: EventEnvelope<ApplicationWithdrawnV1>, @Ctx() _ctx: InboxContext): Promise<void> {
    const client = await this.temporal.workflowClient();
    await client.workflow
      .getHandle(WorkflowIds.supportRequest(event.payload.applicationId))
      .signal(withdrawnSignal, { reason: event.payload.reason });
  }
}
