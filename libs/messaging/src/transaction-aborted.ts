import type { EntityManager } from 'typeorm';

/**
 * Whether the transaction is aborted. The pg connection knows without a round trip: the server's last
 * ReadyForQuery said 'E' (a failed transaction). Other drivers are probed with a query.
 */
export async function transactionAborted(manager: EntityManager): Promise<boolean> {
  const connection = (manager.queryRunner as { databaseConnection?: { getTransactionStatus?: () => string | null } })
    ?.databaseConnection;
  if (typeof connection?.getTransactionStatus === 'function') return connection.getTransactionStatus() === 'E';
  return manager.query('SELECT 1').then(
    () => false,
    (error: { code?: string }) => {
      if (error.code === '25P02') return true;
      throw error;
    },
  );
}
