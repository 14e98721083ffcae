import type { EntityManager } from 'typeorm';

/**
 * Whether the transaction is aborted (a handler caught a database error and went on), found by a probe:
 * in an aborted transaction every statement fails with 25P02.
 *
 * The pg connection's last ReadyForQuery status looks like a free answer, but it is not a safe one:
 * node-postgres rejects a failed query on the ErrorResponse, before the server's ReadyForQuery ('E') has
 * been read when the two arrive in separate packets, so the status can still say 'T'. That shortcut was
 * tried and one fresh-clone CI run missed a swallowed error (the event was neither retried nor parked).
 */
export async function transactionAborted(manager: EntityManager): Promise<boolean> {
  return manager.query('SELECT 1').then(
    () => false,
    (error: { code?: string }) => {
      if (error.code === '25P02') return true;
      throw error;
    },
  );
}
