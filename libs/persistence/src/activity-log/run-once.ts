import type { EntityManager } from 'typeorm';
import { activityLogSql } from './activity-log.sql';

/** A workflow step's idempotency key: the recorder hands out the sequence once per step. */
export interface StepKey {
  workflowId: string;
  sequence: number;
}

/**
 * The idempotency of every workflow step activity (approval, OCOP, new-rural criteria): (workflowId,
 * sequence) is written to the schema's `activity_log` in the caller's transaction before the work, so
 * the work commits with it or not at all. A retried step finds it and answers what the first attempt
 * answered, writing nothing again. (A step logged before its table kept results answers null.)
 */
export async function runOnce<R>(m: EntityManager, schema: string, key: StepKey, work: () => Promise<R>): Promise<R> {
  const sql = activityLogSql(schema);
  const claimed: unknown[] = await m.query(sql.claim, [key.workflowId, key.sequence]);
  if (claimed.length === 0) {
    const [previous] = (await m.query(sql.previous, [key.workflowId, key.sequence])) as { result: R }[];
    return previous.result;
  }
  const result = await work();
  await m.query(sql.keep, [key.workflowId, key.sequence, JSON.stringify(result ?? null)]);
  return result;
}
