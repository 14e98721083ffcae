import type { EntityManager } from 'typeorm';

/**
 * The idempotency of every workflow step activity of this service: (workflowId, sequence) is written to
 * `activity_log` in the caller's transaction before the work; a retried step finds it and answers what
 * the first attempt answered, writing nothing again. (The approval's step activity does the same inline;
 * it can move onto this helper when #15 reshapes it.)
 */
export async function runOnce<R>(
  m: EntityManager,
  workflowId: string,
  sequence: number,
  work: () => Promise<R>,
): Promise<R> {
  const logged: unknown[] = await m.query(
    `INSERT INTO appraisals.activity_log (workflow_id, sequence) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING sequence`,
    [workflowId, sequence],
  );
  if (logged.length === 0) {
    const [previous] = (await m.query(
      `SELECT result FROM appraisals.activity_log WHERE workflow_id = $1 AND sequence = $2`,
      [workflowId, sequence],
    )) as { result: R }[];
    return previous.result;
  }
  const result = await work();
  await m.query(`UPDATE appraisals.activity_log SET result = $3 WHERE workflow_id = $1 AND sequence = $2`, [
    workflowId,
    sequence,
    JSON.stringify(result),
  ]);
  return result;
}
