import { randomUUID } from 'node:crypto';
import { Connection } from '@temporalio/client';
import { testEnv } from '@kc/testing';

/**
 * A benchmark's dossiers wait at their first stage for days: left running, every run would add its
 * workflows (and their timers) to the server the next run measures, and the development server slows as
 * its database grows. One batch operation ends every workflow of the run's own task queue.
 */
export async function terminateRunWorkflows(taskQueue: string): Promise<void> {
  const connection = await Connection.connect({ address: testEnv.temporalAddress });
  try {
    await connection.workflowService.startBatchOperation({
      namespace: testEnv.temporalNamespace,
      jobId: randomUUID(),
      visibilityQuery: `TaskQueue = '${taskQueue}' AND ExecutionStatus = 'Running'`,
      reason: 'benchmark run finished',
      terminationOperation: {},
    });
  } finally {
    await connection.close();
  }
}
