import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { packById, vietnamDate, vietnamHolidays, WorkingDayCalendar } from '@kc/domain';
import { OutboxWriter } from '@kc/messaging';
import { WorkflowIds } from '@kc/contracts';
import type { SupportRequestActivities } from '@kc/workflows';
import { toEventDrafts } from './stage-event-mapping';

type PublishInput = Parameters<SupportRequestActivities['publishStageEvents']>[0];

/**
 * The workflow's only way out to Kafka: each step's events go to the appraisals outbox, once. A retried
 * activity finds its (workflow, sequence) already logged and writes nothing again.
 */
@Injectable()
export class SupportRequestActivitiesService implements SupportRequestActivities {
  private readonly calendar = new WorkingDayCalendar(vietnamHolidays);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async publishStageEvents(input: PublishInput): Promise<void> {
    const workflowId = WorkflowIds.supportRequest(input.applicationId);
    const now = new Date();
    await this.dataSource.transaction(async (m) => {
      const logged: unknown[] = await m.query(
        `INSERT INTO appraisals.activity_log (workflow_id, sequence) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING sequence`,
        [workflowId, input.sequence],
      );
      if (logged.length === 0) return;
      const pack = packById(input.rulePackId);
      const drafts = toEventDrafts(
        input.events,
        {
          applicationId: input.applicationId,
          dossierCode: input.dossierCode,
          workflowId,
          sequence: input.sequence,
          stage: input.stage,
          localUnitCode: input.localUnitCode,
          now,
          supplementDueDate: this.calendar.addWorkingDays(vietnamDate(now), pack.supplementDeadlineDays),
        },
        input.actor
          ? { kind: 'user', id: input.actor.userId, role: input.actor.roles[0] }
          : { kind: 'system', id: 'supportRequestWorkflow' },
      );
      await this.outbox.publish(
        m,
        drafts.map((d) => ({ ...d, correlationId: workflowId })),
      );
    });
  }
}
