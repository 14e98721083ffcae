import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { WorkflowExplorer } from '../workflows/workflow-explorer';
import type { OperatorActionInput } from './operator-action';
import {
  finishBatchJobIfDone,
  insertBatchJob,
  readBatchJob,
  runningBatchJobIds,
  type BatchSelection,
} from './batch-job-rows';
import { markBatchItem, pendingWorkflowIds } from './batch-item-rows';
import { WorkflowIntervention } from './workflow-intervention';

/** A batch never holds more workflows than this; narrow the filter for more. */
const MAX_ITEMS = 1000;

/**
 * Batch interventions: the selection is resolved once into items (the dry run only counts them), then each
 * item runs as its own Update, keyed `<job>:<workflow>` so that resuming a batch (after a crash, or by hand)
 * never acts twice on a workflow. Each item's result is kept; the batch is done when none is pending.
 */
@Injectable()
export class BatchJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(BatchJobs.name);
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: DataSource,
    private readonly explorer: WorkflowExplorer,
    private readonly intervention: WorkflowIntervention,
  ) {}

  /** Jobs a stopped process left running go on where they were. */
  async onApplicationBootstrap(): Promise<void> {
    for (const jobId of await runningBatchJobIds(this.db)) this.resume(jobId);
  }

  async resolve(selection: BatchSelection): Promise<string[]> {
    if (selection.workflowIds) return [...new Set(selection.workflowIds)].slice(0, MAX_ITEMS);
    const { items } = await this.explorer.list({ ...selection.filter, status: 'Running' }, 1, MAX_ITEMS);
    return items.map((w) => w.workflowId);
  }

  async create(
    user: AuthUser,
    selection: BatchSelection,
    action: OperatorActionInput,
    reason: string,
  ): Promise<string> {
    const ids = await this.resolve(selection);
    const jobId = randomUUID();
    await this.db.transaction((m) => insertBatchJob(m, { jobId, user, selection, action, reason }, ids));
    this.resume(jobId);
    return jobId;
  }

  /** Works through the job's pending items (once per process at a time); returns at once. */
  resume(jobId: string): void {
    if (this.running.has(jobId)) return;
    const run = this.work(jobId)
      .catch((error) => this.logger.error({ err: error, jobId }, 'batch job stopped; resume it'))
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, run);
  }

  /** Waits for the job's run in this process, if any (tests, and shutdown). */
  async settled(jobId: string): Promise<void> {
    await this.running.get(jobId);
  }

  private async work(jobId: string): Promise<void> {
    const job = await readBatchJob(this.db, jobId);
    if (!job) return;
    const user = JSON.parse(job.created_by) as AuthUser;
    for (const workflowId of await pendingWorkflowIds(this.db, jobId)) {
      const result = await this.intervention
        .run(user, workflowId, job.action, job.reason, `${jobId}:${workflowId}`)
        .catch((error: Error) => ({
          ok: false,
          status: 503,
          message: error.message,
          messageEn: error.message,
          state: undefined,
        }));
      await this.db.transaction(async (m) => {
        await markBatchItem(m, jobId, workflowId, result.ok ? null : `${result.message} // ${result.messageEn}`);
        if (result.ok) await this.intervention.record(m, user, workflowId, job.action, job.reason, result, jobId);
      });
    }
    await finishBatchJobIfDone(this.db, jobId);
  }
}
