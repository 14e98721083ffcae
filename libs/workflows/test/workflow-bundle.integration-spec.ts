import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { TaskQueues } from '@kc/contracts';
import { aliasWebpackHook, bundleQueueWorkflows, workflowsPath } from '@kc/temporal';
import { createTestWorkflowEnvironment, testEnv } from '@kc/testing';
import type { workerProbeWorkflow } from '../src';

describe('workflow bundle on the real Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
  });
  afterAll(async () => env?.teardown());

  it('bundles libs/workflows with the @kc/* aliases resolved and runs a workflow on a worker', async () => {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: testEnv.temporalNamespace,
      taskQueue: TaskQueues.approvals,
      workflowsPath: workflowsPath(),
      bundlerOptions: { webpackConfigHook: aliasWebpackHook() },
    });
    const result = await worker.runUntil(
      env.client.workflow.execute<typeof workerProbeWorkflow>('workerProbeWorkflow', {
        taskQueue: TaskQueues.approvals,
        workflowId: `probe/${randomUUID()}`,
      }),
    );
    expect(result).toMatchObject({ taskQueue: 'approvals', knownQueue: true });
    expect(Date.parse(result.answeredAt)).not.toBeNaN();
  });

  it('runs a workflow from a task queue’s prebuilt bundle, as compiled workers do', async () => {
    const taskQueue = `ocop-bundle-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: testEnv.temporalNamespace,
      taskQueue,
      workflowBundle: { code: await bundleQueueWorkflows('ocop') },
    });
    const result = await worker.runUntil(
      env.client.workflow.execute<typeof workerProbeWorkflow>('workerProbeWorkflow', {
        taskQueue,
        workflowId: `probe/${randomUUID()}`,
      }),
    );
    expect(result).toMatchObject({ taskQueue, knownQueue: false });
  }, 120_000);
});
