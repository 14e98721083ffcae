import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkingDayCalendar } from '@kc/domain';
import type { RuralStep } from '@kc/domain/rural-criteria';
import { OutboxWriter } from '@kc/messaging';
import { runOnce } from '@kc/persistence';
import { loadHolidayTables } from '@kc/platform';
import type { RuralCriteriaActivities, RuralStepInput, RuralStepResult } from '@kc/workflows';
import { APPRAISALS_CONFIG } from '../appraisals-config.token';
import type { AppraisalsConfig } from '../config';
import { RuralAppraisalsRepository } from './rural-appraisals.repository';
import { RuralRecognitionsRepository } from './rural-recognitions.repository';
import { ruralStepHandlers, type Handled, type RuralStepRepositories, type StepScope } from './rural-step-handlers';
import { RuralTasksRepository } from './rural-tasks.repository';
import { RuralTimelineRepository } from './rural-timeline.repository';

/**
 * The rural workflow's only way out: each step is recorded once (`runOnce`), in one transaction (rows,
 * the timeline line, the outbox events), keyed by (workflowId, sequence), by its kind's handler.
 */
@Injectable()
export class RuralCriteriaActivitiesService implements RuralCriteriaActivities {
  private readonly calendar: WorkingDayCalendar;
  private readonly repos: RuralStepRepositories;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    appraisals: RuralAppraisalsRepository,
    tasks: RuralTasksRepository,
    recognitions: RuralRecognitionsRepository,
    private readonly timeline: RuralTimelineRepository,
    @Inject(APPRAISALS_CONFIG) config: AppraisalsConfig,
  ) {
    this.calendar = new WorkingDayCalendar(loadHolidayTables(config.HOLIDAYS_FILE));
    this.repos = { appraisals, tasks, recognitions };
  }

  recordRuralStep(input: RuralStepInput): Promise<RuralStepResult> {
    return this.dataSource.transaction((m) =>
      runOnce(m, 'appraisals', input, async () => {
        const scope: StepScope = { m, input, at: new Date(input.at), calendar: this.calendar, repos: this.repos };
        const handler = ruralStepHandlers[input.step.kind] as (s: StepScope, step: RuralStep) => Promise<Handled>;
        const handled = await handler(scope, input.step);
        const step = { ...input, at: scope.at, stage: input.appraisal.stage, actorId: input.actor?.userId ?? null };
        await this.timeline.append(m, step, handled.line);
        await this.outbox.publish(m, handled.drafts);
        return handled.result ?? { dueAt: null };
      }),
    );
  }
}
