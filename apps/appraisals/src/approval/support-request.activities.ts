import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { WorkflowIds } from '@kc/contracts';
import { packById, WorkingDayCalendar, type StageEvent } from '@kc/domain';
import { OutboxWriter } from '@kc/messaging';
import { runOnce } from '@kc/persistence';
import { loadHolidayTables } from '@kc/platform';
import type { StageStepInput, StageStepResult, SupportRequestActivities } from '@kc/workflows';
import { APPRAISALS_CONFIG } from '../appraisals-config.token';
import type { AppraisalsConfig } from '../config';
import { BudgetLedger } from '../budgets/budget-ledger';
import { TasksRepository } from '../inbox/tasks.repository';
import { StageDeadlines } from './stage-deadlines';
import { stageEventHandlers } from './step/stage-event-handlers';
import type { StageEventHandler, StageStep, StageStepTools } from './step/stage-step';
import { describeStageEvent } from './timeline-text';
import { TimelineRepository } from './timeline.repository';

/**
 * The workflow's only way out: each step is recorded once (`runOnce`), in one transaction — its events in
 * the appraisals outbox, the inbox's task rows, the timeline, budget releases — by one small handler per
 * event kind. A retried activity finds its (workflow, sequence) logged and answers what the first did.
 */
@Injectable()
export class SupportRequestActivitiesService implements Pick<SupportRequestActivities, 'publishStageEvents'> {
  private readonly tools: StageStepTools;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly budgets: BudgetLedger,
    tasks: TasksRepository,
    private readonly timeline: TimelineRepository,
    @Inject(APPRAISALS_CONFIG) config: AppraisalsConfig,
  ) {
    const calendar = new WorkingDayCalendar(loadHolidayTables(config.HOLIDAYS_FILE));
    this.tools = { deadlines: new StageDeadlines(calendar), tasks, budgets };
  }

  async publishStageEvents(input: StageStepInput): Promise<StageStepResult> {
    const workflowId = WorkflowIds.supportRequest(input.applicationId);
    const answer = await this.dataSource.transaction((m) =>
      runOnce(m, 'appraisals', { workflowId, sequence: input.sequence }, () => this.record(m, input, workflowId)),
    );
    // Steps logged before results were kept answer nothing: no new deadline, nobody waiting.
    return answer ?? { waitlisted: [] };
  }

  private async record(m: EntityManager, input: StageStepInput, workflowId: string): Promise<StageStepResult> {
    const at = new Date(input.occurredAt);
    const s: StageStep = {
      m,
      input,
      workflowId,
      at,
      pack: packById(input.rulePackId),
      identity: {
        applicationId: input.applicationId,
        dossierCode: input.dossierCode,
        at,
        correlationId: workflowId,
        actor: input.actor
          ? { kind: 'user', id: input.actor.userId, role: input.actor.roles[0] }
          : { kind: 'system', id: 'supportRequestWorkflow' },
      },
      by: input.actor?.userId ?? null,
      dueAt: input.dueAt,
      drafts: [],
      result: { waitlisted: [] },
      tools: this.tools,
    };
    for (const e of input.events) {
      const handle = stageEventHandlers[e.type] as StageEventHandler<StageEvent['type']>;
      await handle(s, e);
    }
    const step = { ...input, at, actorId: s.by };
    await this.timeline.append(m, step, input.events.map(describeStageEvent));
    await this.outbox.publish(m, s.drafts);
    return s.result;
  }
}
