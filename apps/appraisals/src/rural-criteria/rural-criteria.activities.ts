import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkingDayCalendar } from '@kc/domain';
import type { RuralStep } from '@kc/domain/rural-criteria';
import { OutboxWriter } from '@kc/messaging';
import { loadHolidayTables } from '@kc/platform';
import type { RuralCriteriaActivities, RuralStepInput, RuralStepResult } from '@kc/workflows';
import { APPRAISALS_CONFIG } from '../appraisals-config.token';
import type { AppraisalsConfig } from '../config';
import { runOnce } from '../steps/run-once';
import { ruralStepHandlers, type Handled, type StepScope } from './rural-step-handlers';

/**
 * The rural workflow's only way out: each step is recorded once, in one transaction (rows, the
 * timeline line, the outbox events), keyed by (workflowId, sequence).
 */
@Injectable()
export class RuralCriteriaActivitiesService implements RuralCriteriaActivities {
  private readonly calendar: WorkingDayCalendar;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APPRAISALS_CONFIG) config: AppraisalsConfig,
  ) {
    this.calendar = new WorkingDayCalendar(loadHolidayTables(config.HOLIDAYS_FILE));
  }

  recordRuralStep(input: RuralStepInput): Promise<RuralStepResult> {
    return this.dataSource.transaction((m) =>
      runOnce(m, input.workflowId, input.sequence, async () => {
        const scope: StepScope = { m, input, at: new Date(input.at), calendar: this.calendar };
        const handler = ruralStepHandlers[input.step.kind] as (s: StepScope, step: RuralStep) => Promise<Handled>;
        const handled = await handler(scope, input.step);
        await m.query(
          `INSERT INTO appraisals.rural_timeline (appraisal_id, sequence, position, at, stage, actor_id, kind, text_vi, text_en)
           VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8)`,
          [
            input.appraisalId,
            input.sequence,
            scope.at,
            input.appraisal.stage,
            input.actor?.userId ?? null,
            handled.line.kind,
            handled.line.vi,
            handled.line.en,
          ],
        );
        await this.outbox.publish(m, handled.drafts);
        return handled.result ?? { dueAt: null };
      }),
    );
  }
}
