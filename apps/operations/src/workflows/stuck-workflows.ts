import { Inject, Injectable } from '@nestjs/common';
import type { StuckPage, StuckWorkflowRow } from '@kc/contracts';
import { WorkingDayCalendar } from '@kc/domain';
import { TemporalConnection } from '@kc/temporal';
import { OPS_CONFIG, type ExplorerConfig } from './explorer-config';
import { lastProgress } from './last-progress';
import { waitingOnPerson, workingHoursBetween } from './stuck-check';
import type { WorkflowFilter } from './visibility-query';
import { WorkflowExplorer } from './workflow-explorer';

/** Finds running workflows that look stuck, from their description and their recent history. */
@Injectable()
export class StuckWorkflows {
  constructor(
    private readonly explorer: WorkflowExplorer,
    private readonly temporal: TemporalConnection,
    @Inject(OPS_CONFIG) private readonly config: ExplorerConfig,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  /**
   * Running workflows that look stuck: an activity retried at least `minAttempts` times (with its last
   * failure), an activity (machine work, not a person's task) pending for more than `idleHours`, or no new
   * history event for `noProgressHours` working hours while not waiting on a person (machine work
   * outstanding), with the last failure message where there is one. Describes at most `scan` running
   * workflows of the filter.
   */
  async stuck(
    filter: WorkflowFilter,
    minAttempts: number,
    idleHours: number,
    noProgressHours = this.config.STUCK_NO_PROGRESS_WORKING_HOURS,
    scan = 200,
  ): Promise<StuckPage> {
    const running = await this.explorer.list({ ...filter, status: 'Running' }, 1, scan);
    const found: StuckWorkflowRow[] = [];
    const now = Date.now();
    const idleSince = now - idleHours * 3_600_000;
    for (const w of running.items) {
      const d = await this.explorer.describe(w.workflowId).catch(() => undefined);
      if (!d) continue;
      const retrying = d.pendingActivities.find((a) => a.attempt >= minAttempts);
      const idle = d.pendingActivities.find((a) => a.scheduledAt && Date.parse(a.scheduledAt) < idleSince);
      const activity = retrying ?? idle ?? d.pendingActivities[0];
      const onPerson = waitingOnPerson({
        pendingActivities: d.pendingActivities.length,
        pendingChildren: d.pendingChildWorkflows,
        workflowTaskPending: d.workflowTaskPending,
      });
      const progress =
        retrying || idle || onPerson
          ? undefined
          : await lastProgress(await this.temporal.workflowClient(), this.config.TEMPORAL_NAMESPACE, w.workflowId);
      const hours = progress?.at ? workingHoursBetween(this.calendar, progress.at, now) : null;
      const cause = retrying
        ? 'ACTIVITY_RETRYING'
        : idle
          ? 'NO_PROGRESS'
          : hours !== null && hours >= noProgressHours
            ? 'NO_PROGRESS_WORKING_HOURS'
            : undefined;
      if (!cause) continue;
      found.push({
        ...w,
        cause,
        activity: activity?.activity ?? null,
        attempt: activity?.attempt ?? 0,
        lastFailure: activity?.lastFailure ?? progress?.failure ?? null,
        lastProgressAt: progress?.at ? new Date(progress.at).toISOString() : null,
        workingHoursWithoutProgress: hours === null ? null : Math.round(hours * 10_000) / 10_000,
        waitingOnPerson: onPerson,
      });
    }
    return { items: found, scanned: running.items.length, noProgressHours };
  }
}
