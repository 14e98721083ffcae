import { TestWorkflowEnvironment } from '@temporalio/testing';
import { testEnv } from './test-env';

/**
 * A workflow test environment on the running dev server (namespace khuyencong-test), started by
 * `npm run infra:up`; nothing is downloaded. Tests isolate themselves by workflow id and task queue.
 */
export function createTestWorkflowEnvironment(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createFromExistingServer({
    address: testEnv.temporalAddress,
    namespace: testEnv.temporalNamespace,
  });
}
