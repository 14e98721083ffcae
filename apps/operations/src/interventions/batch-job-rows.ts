import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import type { WorkflowFilter } from '../workflows/visibility-query';
import type { OperatorActionInput } from './operator-action';

// The batch_jobs and batch_items tables: one row per batch, one per workflow it acts on.
const jobs = `"${OPERATIONS_SCHEMA}".batch_jobs`;
const items = `"${OPERATIONS_SCHEMA}".batch_items`;

export interface BatchSelection {
  filter?: WorkflowFilter;
  workflowIds?: string[];
}

export interface NewBatchJob {
  jobId: string;
  user: AuthUser;
  selection: BatchSelection;
  action: OperatorActionInput;
  reason: string;
}

export interface JobRow {
  job_id: string;
  created_by: string;
  action: OperatorActionInput;
  reason: string;
}

export async function insertBatchJob(m: EntityManager, job: NewBatchJob, workflowIds: string[]): Promise<void> {
  const { jobId, user, selection, action, reason } = job;
  await m.query(
    `INSERT INTO ${jobs} (job_id, created_by, action, reason, selection, status) VALUES ($1, $2, $3, $4, $5, 'RUNNING')`,
    [
      jobId,
      JSON.stringify({ id: user.id, roles: user.roles, unitCode: user.unitCode }),
      JSON.stringify(action),
      reason,
      JSON.stringify(selection),
    ],
  );
  await m.query(`INSERT INTO ${items} (job_id, workflow_id) SELECT $1, unnest($2::text[])`, [jobId, workflowIds]);
}

export async function readBatchJob(db: DataSource, jobId: string): Promise<JobRow | undefined> {
  const [job]: JobRow[] = await db.query(`SELECT job_id, created_by, action, reason FROM ${jobs} WHERE job_id = $1`, [
    jobId,
  ]);
  return job;
}

export async function runningBatchJobIds(db: DataSource): Promise<string[]> {
  const rows: { job_id: string }[] = await db.query(`SELECT job_id FROM ${jobs} WHERE status = 'RUNNING'`);
  return rows.map((r) => r.job_id);
}

/** The batch is done once none of its items is pending. */
export async function finishBatchJobIfDone(db: DataSource, jobId: string): Promise<void> {
  await db.query(
    `UPDATE ${jobs} SET status = 'DONE', finished_at = now()
     WHERE job_id = $1 AND NOT EXISTS (SELECT 1 FROM ${items} WHERE job_id = $1 AND status = 'PENDING')`,
    [jobId],
  );
}
