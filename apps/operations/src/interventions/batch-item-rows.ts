import type { DataSource, EntityManager } from 'typeorm';
import { OPERATIONS_SCHEMA } from '../operations-schema';

// The batch_items table: one row per workflow a batch acts on, PENDING until tried, then DONE or FAILED.
const items = `"${OPERATIONS_SCHEMA}".batch_items`;

export async function pendingWorkflowIds(db: DataSource, jobId: string): Promise<string[]> {
  const rows: { workflow_id: string }[] = await db.query(
    `SELECT workflow_id FROM ${items} WHERE job_id = $1 AND status = 'PENDING' ORDER BY workflow_id`,
    [jobId],
  );
  return rows.map((r) => r.workflow_id);
}

/** Records one item's outcome: DONE, or FAILED with the error (`null` when it succeeded). */
export async function markBatchItem(m: EntityManager, jobId: string, workflowId: string, error: string | null) {
  await m.query(
    `UPDATE ${items} SET status = $3, error = $4, attempted_at = now() WHERE job_id = $1 AND workflow_id = $2`,
    [jobId, workflowId, error === null ? 'DONE' : 'FAILED', error],
  );
}
