import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { aliasWebpackHook, workflowsPath } from '@kc/temporal';

export interface RunningTestWorker {
  /** Shuts the worker down, waits for it, then tears the environment down. */
  stop(): Promise<void>;
}

/**
 * A worker for the project's workflows (or `workflowsPath`) on a test environment, with the activities a
 * test records or fakes. Its own task queue keeps tests apart on a shared server.
 */
export async function runTestWorker(
  env: TestWorkflowEnvironment,
  options: { taskQueue: string; activities: object; namespace?: string; workflowsPath?: string },
): Promise<RunningTestWorker> {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: options.workflowsPath ?? workflowsPath(),
    bundlerOptions: { webpackConfigHook: aliasWebpackHook() },
    activities: options.activities,
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}
