/**
 * workerProbeWorkflow: answers at once with the task queue's name and the workflow clock.
 * Operators (and the operations service's health view) start it on a task queue to prove that a worker
 * with a current workflow bundle is polling there. No updates, signals, queries or deadlines.
 */
import { workflowInfo } from '@temporalio/workflow';
import { TaskQueues } from '@kc/contracts/temporal';

export interface WorkerProbeResult {
  taskQueue: string;
  knownQueue: boolean;
  answeredAt: string;
}

export async function workerProbeWorkflow(): Promise<WorkerProbeResult> {
  const { taskQueue } = workflowInfo();
  return {
    taskQueue,
    knownQueue: (Object.values(TaskQueues) as string[]).includes(taskQueue),
    answeredAt: new Date().toISOString(), // deterministic: the workflow sandbox's clock
  };
}
