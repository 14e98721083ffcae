import { HttpException, Inject, Injectable } from '@nestjs/common';
import type { WorkflowExecutionInfo } from '@temporalio/client';
import { isWorkflowNotFound, TemporalConnection } from '@kc/temporal';
import { OPS_CONFIG, type ExplorerConfig } from './explorer-config';
import { readableTimeline } from './history-timeline';
import { temporalUiLink, visibilityQuery, type WorkflowFilter } from './visibility-query';

const notFound = () =>
  new HttpException({ statusCode: 404, message: 'Không tìm thấy quy trình.', messageEn: 'No such workflow.' }, 404);

/** Reads workflows through Temporal visibility (the `Kc*` search attributes), their state and history. */
@Injectable()
export class WorkflowExplorer {
  constructor(
    private readonly temporal: TemporalConnection,
    @Inject(OPS_CONFIG) private readonly config: ExplorerConfig,
  ) {}

  /** One page of the workflows matching a filter, newest first. */
  async list(filter: WorkflowFilter, page: number, pageSize: number) {
    const client = await this.temporal.workflowClient();
    const items: ReturnType<WorkflowExplorer['summary']>[] = [];
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

  summary(info: Omit<WorkflowExecutionInfo, 'raw'>) {
    const sa = info.typedSearchAttributes;
    const get = (name: string) => sa?.getAll().find((p) => p.key.name === name)?.value ?? null;
    return {
      workflowId: info.workflowId,
      runId: info.runId,
      type: info.type,
      status: info.status.name,
      startedAt: info.startTime.toISOString(),
      closedAt: info.closeTime?.toISOString() ?? null,
      dossierCode: get('KcDossierCode'),
      program: get('KcProgram'),
      stage: get('KcStage'),
      unit: get('KcUnit'),
      dueAt: get('KcDueAt'),
      overdue: get('KcOverdue'),
      temporalUi: temporalUiLink(
        this.config.TEMPORAL_UI_URL,
        this.config.TEMPORAL_NAMESPACE,
        info.workflowId,
        info.runId,
      ),
    };
  }

  /** One workflow: its summary and the activities it is waiting on (attempts, last failure). */
  async describe(workflowId: string) {
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
      return { ...this.summary(d), historyLength: d.historyLength, pendingActivities: pending };
    } catch (error) {
      if (isWorkflowNotFound(error)) throw notFound();
      throw error;
    }
  }

  /** The workflow's history as a Vietnamese timeline. */
  async timeline(workflowId: string) {
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
   * Running workflows that look stuck: an activity retried at least `minAttempts` times (with its last
   * failure), or an activity (machine work, not a person's task) pending for more than `idleHours`.
   * Describes at most `scan` running workflows of the filter.
   */
  async stuck(filter: WorkflowFilter, minAttempts: number, idleHours: number, scan = 200) {
    const running = await this.list({ ...filter, status: 'Running' }, 1, scan);
    const found = [];
    const idleSince = Date.now() - idleHours * 3_600_000;
    for (const w of running.items) {
      const d = await this.describe(w.workflowId).catch(() => undefined);
      const retrying = d?.pendingActivities.find((a) => a.attempt >= minAttempts);
      const idle = d?.pendingActivities.find((a) => a.scheduledAt && Date.parse(a.scheduledAt) < idleSince);
      const cause = retrying ? 'ACTIVITY_RETRYING' : idle ? 'NO_PROGRESS' : undefined;
      if (d && cause)
        found.push({
          ...w,
          cause,
          activity: (retrying ?? idle)!.activity,
          attempt: (retrying ?? idle)!.attempt,
          lastFailure: (retrying ?? idle)!.lastFailure,
        });
    }
    return { items: found, scanned: running.items.length };
  }
}
