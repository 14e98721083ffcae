import type { DataSource } from 'typeorm';
import type { BatchItem, BatchReport } from '@kc/contracts';
import { OPERATIONS_SCHEMA } from '../operations-schema';

/** The job and a page of its items (the caller adds the page's number and size). */
export async function batchReport(
  db: DataSource,
  jobId: string,
  limit: number,
  offset: number,
): Promise<Omit<BatchReport<Date>, 'page' | 'pageSize'> | undefined> {
  const [job]: Omit<BatchReport<Date>, 'page' | 'pageSize' | 'counts' | 'items'>[] = await db.query(
    `SELECT job_id AS "jobId", action, reason, selection, status, created_at AS "createdAt", finished_at AS "finishedAt" FROM "${OPERATIONS_SCHEMA}".batch_jobs WHERE job_id = $1`,
    [jobId],
  );
  if (!job) return undefined;
  const counts: { status: string; n: number }[] = await db.query(
    `SELECT status, count(*)::int AS n FROM "${OPERATIONS_SCHEMA}".batch_items WHERE job_id = $1 GROUP BY status`,
    [jobId],
  );
  const items: BatchItem<Date>[] = await db.query(
    `SELECT workflow_id AS "workflowId", status, error, attempted_at AS "attemptedAt" FROM "${OPERATIONS_SCHEMA}".batch_items
     WHERE job_id = $1 ORDER BY workflow_id LIMIT ${limit} OFFSET ${offset}`,
    [jobId],
  );
  return { ...job, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])), items };
}
