import { Inject, Injectable } from '@nestjs/common';
import type { WorkflowDetail, WorkflowPage, WorkflowSummary, WorkflowTimeline } from '@kc/contracts';
import { TemporalConnection } from '@kc/temporal';
import { OPS_CONFIG, type ExplorerConfig } from './explorer-config';
import { readableTimeline } from './history-timeline';
import { pendingActivities } from './pending-activities';
import { visibilityQuery, type WorkflowFilter } from './visibility-query';
import { rethrowNotFound } from './workflow-not-found';
import { workflowSummary } from './workflow-summary';

/** Reads workflows through Temporal visibility (the `Kc*` search attributes), their state and history. */
@Injectable()
export class WorkflowExplorer {
  constructor(
    private readonly temporal: TemporalConnection,
    @Inject(OPS_CONFIG) private readonly config: ExplorerConfig,
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
      items.push(workflowSummary(info, this.config));
      if (items.length >= pageSize) break;
    }
    return { items, page, pageSize };
  }

  /** One workflow: its summary and the activities it is waiting on (attempts, last failure). */
  async describe(workflowId: string): Promise<WorkflowDetail> {
    const client = await this.temporal.workflowClient();
    try {
      const d = await client.workflow.getHandle(workflowId).describe();
      return {
        ...workflowSummary(d, this.config),
        historyLength: d.historyLength,
        pendingActivities: pendingActivities(d.raw),
        pendingChildWorkflows: d.raw.pendingChildren?.length ?? 0,
        workflowTaskPending: Boolean(d.raw.pendingWorkflowTask),
      };
    } catch (error) {
      rethrowNotFound(error);
    }
  }

  /** The workflow's history as a Vietnamese timeline. */
  async timeline(workflowId: string): Promise<WorkflowTimeline> {
    const client = await this.temporal.workflowClient();
    try {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      return { workflowId, items: readableTimeline(history.events ?? []) };
    } catch (error) {
      rethrowNotFound(error);
    }
  }
}
