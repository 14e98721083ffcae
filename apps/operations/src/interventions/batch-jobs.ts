import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import type { BatchItem, BatchReport } from '@kc/contracts';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import type { WorkflowFilter } from '../workflows/visibility-query';
import { WorkflowExplorer } from '../workflows/workflow-explorer';
import type { OperatorActionInput } from './operator-action';
import { WorkflowIntervention } from './workflow-intervention';

/** A batch never holds more workflows than this; narrow the filter for more. */
const MAX_ITEMS = 1000;

export interface BatchSelection {
  filter?: WorkflowFilter;
  workflowIds?: string[];
}

interface JobRow {
  job_id: string;
  created_by: string;
  action: OperatorActionInput;
  reason: string;
}

/**
 * Batch interventions: the selection is resolved once into items (the dry run only counts them), then each
 * item runs as its own Update, keyed `<job>:<workflow>` so that resuming a batch (after a crash, or by hand)
 * never acts twice on a workflow. Each item's result is kept; the batch is done when none is pending.
 */
@Injectable()
export class BatchJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(BatchJobs.name);
  private readonly running = new Map<string, Promise<void>>();
  private readonly t = (name: string) => `"${OPERATIONS_SCHEMA}".${name}`;

  constructor(
    private readonly db: DataSource,
    private readonly explorer: WorkflowExplorer,
    private readonly intervention: WorkflowIntervention,
  ) {}

  /** Jobs a stopped process left running go on where they were. */
  async onApplicationBootstrap(): Promise<void> {
    const jobs: { job_id: string }[] = await this.db.query(
      `SELECT job_id FROM ${this.t('batch_jobs')} WHERE status = 'RUNNING'`,
    );
    for (const j of jobs) this.resume(j.job_id);
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
    await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO ${this.t('batch_jobs')} (job_id, created_by, action, reason, selection, status) VALUES ($1, $2, $3, $4, $5, 'RUNNING')`,
        [
          jobId,
          JSON.stringify({ id: user.id, roles: user.roles, unitCode: user.unitCode }),
          JSON.stringify(action),
          reason,
          JSON.stringify(selection),
        ],
      );
      await m.query(`INSERT INTO ${this.t('batch_items')} (job_id, workflow_id) SELECT $1, unnest($2::text[])`, [
        jobId,
        ids,
      ]);
    });
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
    const [job]: JobRow[] = await this.db.query(
      `SELECT job_id, created_by, action, reason FROM ${this.t('batch_jobs')} WHERE job_id = $1`,
      [jobId],
    );
    if (!job) return;
    const user = JSON.parse(job.created_by) as AuthUser;
    const pending: { workflow_id: string }[] = await this.db.query(
      `SELECT workflow_id FROM ${this.t('batch_items')} WHERE job_id = $1 AND status = 'PENDING' ORDER BY workflow_id`,
      [jobId],
    );
    for (const { workflow_id: workflowId } of pending) {
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
        await m.query(
          `UPDATE ${this.t('batch_items')} SET status = $3, error = $4, attempted_at = now() WHERE job_id = $1 AND workflow_id = $2`,
          [
            jobId,
            workflowId,
            result.ok ? 'DONE' : 'FAILED',
            result.ok ? null : `${result.message} // ${result.messageEn}`,
          ],
        );
        if (result.ok) await this.intervention.record(m, user, workflowId, job.action, job.reason, result, jobId);
      });
    }
    await this.db.query(
      `UPDATE ${this.t('batch_jobs')} SET status = 'DONE', finished_at = now()
       WHERE job_id = $1 AND NOT EXISTS (SELECT 1 FROM ${this.t('batch_items')} WHERE job_id = $1 AND status = 'PENDING')`,
      [jobId],
    );
  }

  /** The job and a page of its items (the caller adds the page's number and size). */
  async report(
    jobId: string,
    limit: number,
    offset: number,
  ): Promise<Omit<BatchReport<Date>, 'page' | 'pageSize'> | undefined> {
    const [job]: Omit<BatchReport<Date>, 'page' | 'pageSize' | 'counts' | 'items'>[] = await this.db.query(
      `SELECT job_id AS "jobId", action, reason, selection, status, created_at AS "createdAt", finished_at AS "finishedAt" FROM ${this.t('batch_jobs')} WHERE job_id = $1`,
      [jobId],
    );
    if (!job) return undefined;
    const counts: { status: string; n: number }[] = await this.db.query(
      `SELECT status, count(*)::int AS n FROM ${this.t('batch_items')} WHERE job_id = $1 GROUP BY status`,
      [jobId],
    );
    const items: BatchItem<Date>[] = await this.db.query(
      `SELECT workflow_id AS "workflowId", status, error, attempted_at AS "attemptedAt" FROM ${this.t('batch_items')}
       WHERE job_id = $1 ORDER BY workflow_id LIMIT ${limit} OFFSET ${offset}`,
      [jobId],
    );
    return { ...job, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])), items };
  }
}
