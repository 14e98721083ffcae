import { HttpException, Inject, Injectable } from '@nestjs/common';
import type { WorkflowExecutionInfo } from '@temporalio/client';
import type {
  StuckPage,
  StuckWorkflowRow,
  WorkflowDetail,
  WorkflowPage,
  WorkflowSummary,
  WorkflowTimeline,
} from '@kc/contracts';
import { WorkingDayCalendar } from '@kc/domain';
import { isWorkflowNotFound, TemporalConnection } from '@kc/temporal';
import { OPS_CONFIG, type ExplorerConfig } from './explorer-config';
import { readableTimeline } from './history-timeline';
import { timestampMs, waitingOnPerson, workingHoursBetween } from './stuck-check';
import { temporalUiLink, visibilityQuery, type WorkflowFilter } from './visibility-query';

const notFound = () =>
  new HttpException({ statusCode: 404, message: 'Không tìm thấy quy trình.', messageEn: 'No such workflow.' }, 404);

/** Reads workflows through Temporal visibility (the `Kc*` search attributes), their state and history. */
@Injectable()
export class WorkflowExplorer {
  constructor(
    private readonly temporal: TemporalConnection,
    @Inject(OPS_CONFIG) private readonly config: ExplorerConfig,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  /** One page of the workflows matching a filter, newest first. */
  async list(filter: WorkflowFilter, page: number, pageSize: number): Promise<WorkflowPage> {
    const client = await this.temporal.workflowClient();
    const items: WorkflowSummary[] = [];
    let index = 0;
    const skip = (page - 1) * pageSize;
    for await (const info of client.workflow.list({
      query: visibilityQuery(filter) || undefined,
      pageSize: Math.min(100, pageSize),
    })) {
      if (index++ < skip) continue;
      items.push(this.summary(info));
      if (items.length >= pageSize) break;
    }
    return { items, page, pageSize };
  }

  summary(info: Omit<WorkflowExecutionInfo, 'raw'>): WorkflowSummary {
    const sa = info.typedSearchAttributes;
    const get = (name: string) => sa?.getAll().find((p) => p.key.name === name)?.value ?? null;
    // The Kc* attributes' declared kinds (contracts' temporal.ts): Keyword, Datetime (ISO on the wire), Bool.
    const text = (name: string) => {
      const v = get(name);
      return typeof v === 'string' ? v : null;
    };
    const instant = (name: string) => {
      const v = get(name);
      return v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : null;
    };
    const flag = (name: string) => {
      const v = get(name);
      return typeof v === 'boolean' ? v : null;
    };
    return {
      workflowId: info.workflowId,
      runId: info.runId,
      type: info.type,
      status: info.status.name,
      startedAt: info.startTime.toISOString(),
      closedAt: info.closeTime?.toISOString() ?? null,
      dossierCode: text('KcDossierCode'),
      program: text('KcProgram'),
      stage: text('KcStage'),
      unit: text('KcUnit'),
      dueAt: instant('KcDueAt'),
      overdue: flag('KcOverdue'),
      temporalUi: temporalUiLink(
        this.config.TEMPORAL_UI_URL,
        this.config.TEMPORAL_NAMESPACE,
        info.workflowId,
        info.runId,
      ),
    };
  }

  /** One workflow: its summary and the activities it is waiting on (attempts, last failure). */
  async describe(workflowId: string): Promise<WorkflowDetail> {
    const client = await this.temporal.workflowClient();
    try {
      const d = await client.workflow.getHandle(workflowId).describe();
      const pending = (d.raw.pendingActivities ?? []).map((a) => ({
        activity: a.activityType?.name ?? null,
        attempt: a.attempt ?? 0,
        state: a.state ?? null,
        lastFailure: a.lastFailure?.message ?? null,
        scheduledAt: a.scheduledTime?.seconds ? new Date(Number(a.scheduledTime.seconds) * 1000).toISOString() : null,
      }));
      return {
        ...this.summary(d),
        historyLength: d.historyLength,
        pendingActivities: pending,
        pendingChildWorkflows: d.raw.pendingChildren?.length ?? 0,
        workflowTaskPending: Boolean(d.raw.pendingWorkflowTask),
      };
    } catch (error) {
      if (isWorkflowNotFound(error)) throw notFound();
      throw error;
    }
  }

  /** The workflow's history as a Vietnamese timeline. */
  async timeline(workflowId: string): Promise<WorkflowTimeline> {
    const client = await this.temporal.workflowClient();
    try {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      return { workflowId, items: readableTimeline(history.events ?? []) };
    } catch (error) {
      if (isWorkflowNotFound(error)) throw notFound();
      throw error;
    }
  }

  /**
   * The time of the workflow's last history event (its last progress) and the last failure written in its
   * recent history (an activity's final failure, a failed workflow task), read newest first.
   */
  async lastProgress(workflowId: string): Promise<{ at: number | null; failure: string | null }> {
    const client = await this.temporal.workflowClient();
    const res = await client.workflowService.getWorkflowExecutionHistoryReverse({
      namespace: this.config.TEMPORAL_NAMESPACE,
      execution: { workflowId },
      maximumPageSize: 20,
    });
    const events = res.history?.events ?? [];
    const failure = events
      .map(
        (e) =>
          e.activityTaskFailedEventAttributes?.failure?.message ??
          e.workflowTaskFailedEventAttributes?.failure?.message,
      )
      .find((m) => m);
    return { at: timestampMs(events[0]?.eventTime), failure: failure ?? null };
  }

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
    const running = await this.list({ ...filter, status: 'Running' }, 1, scan);
    const found: StuckWorkflowRow[] = [];
    const now = Date.now();
    const idleSince = now - idleHours * 3_600_000;
    for (const w of running.items) {
      const d = await this.describe(w.workflowId).catch(() => undefined);
      if (!d) continue;
      const retrying = d.pendingActivities.find((a) => a.attempt >= minAttempts);
      const idle = d.pendingActivities.find((a) => a.scheduledAt && Date.parse(a.scheduledAt) < idleSince);
      const activity = retrying ?? idle ?? d.pendingActivities[0];
      const onPerson = waitingOnPerson({
        pendingActivities: d.pendingActivities.length,
        pendingChildren: d.pendingChildWorkflows,
        workflowTaskPending: d.workflowTaskPending,
      });
      const progress = retrying || idle || onPerson ? undefined : await this.lastProgress(w.workflowId);
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
