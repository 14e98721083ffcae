import fs from 'node:fs';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { searchAttributeTypes } from '@kc/temporal';
import { testEnv } from './test-env';

const provisionCommand = 'bash infra/local/infra.sh up temporal-test-server';
const attempts = 3;

/**
 * A time-skipping workflow environment: Temporal's Java test server, started from the wrapper that
 * `infra.sh up` provisions from Maven Central (the SDK's own download is unreachable here), on a random
 * port in namespace `default`. Timers of days or months fire as soon as every workflow waits on one.
 *
 * The contracts' custom search attributes (KcDossierCode, KcStage, …) are registered on each new server.
 * The Java test server knows only its own Custom*Field keys: an upsert of any other key fails the workflow
 * task ("BadSearchAttributes: search attribute KcUnit is not defined") and the workflow hangs, retrying
 * it. Its registry is one for all namespaces and has no ListSearchAttributes (UNIMPLEMENTED), so the keys
 * are added without a look first; a second add of the same key answers ALREADY_EXISTS.
 */
export async function createTimeSkippingWorkflowEnvironment(): Promise<TestWorkflowEnvironment> {
  const serverPath = testEnv.temporalTestServerPath;
  if (!fs.existsSync(serverPath)) {
    throw new Error(
      `Temporal test server not provisioned: ${serverPath} is missing. Run \`${provisionCommand}\` ` +
        '(npm test and `npm run infra:up` do it for you), or point TEMPORAL_TEST_SERVER_PATH at a wrapper.',
    );
  }
  const env = await startWithRetries(serverPath);
  try {
    await env.connection.operatorService.addSearchAttributes({
      namespace: env.namespace ?? 'default',
      searchAttributes: searchAttributeTypes(),
    });
  } catch (error) {
    await env.teardown();
    throw error;
  }
  return env;
}

// The SDK gives the server only 5 s to answer ("Failed connecting to test server after 5 seconds"); a JVM
// on a busy 2-core machine can miss that, and the next start usually finds its classes in the page cache.
async function startWithRetries(serverPath: string): Promise<TestWorkflowEnvironment> {
  const failures: string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({
        server: { executable: { type: 'existing-path', path: serverPath } },
      });
    } catch (error) {
      failures.push(`attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(
    `Temporal test server ${serverPath} did not start after ${attempts} attempts (${failures.join('; ')}). ` +
      `Re-provision it with \`${provisionCommand}\`.`,
  );
}
