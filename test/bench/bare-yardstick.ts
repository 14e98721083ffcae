import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { aliasWebpackHook } from '@kc/temporal';
import { infrastructureComponents, startCpuMeter, testEnv } from '@kc/testing';
import { DOSSIERS, pool } from './bench-settings';
import type { BareActivities } from './one-activity.workflow';

/** The bare yardstick: on the same Temporal server, start a one-activity workflow and wait until its activity has run. */
export async function bareYardstick(suffix: string) {
  const connection = await Connection.connect({ address: testEnv.temporalAddress });
  const client = new Client({ connection, namespace: testEnv.temporalNamespace });
  const touched = new Map<string, () => void>();
  const activities: BareActivities = { touch: async (id) => touched.get(id)?.() };
  const bareQueue = `bench-bare-${suffix}`;
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address: testEnv.temporalAddress }),
    namespace: testEnv.temporalNamespace,
    taskQueue: bareQueue,
    workflowsPath: path.join(__dirname, 'one-activity.workflow.ts'),
    bundlerOptions: { webpackConfigHook: aliasWebpackHook() },
    activities,
  });
  const running = worker.run();
  const bareLatencies: number[] = [];
  const bareRun = async (id: string) => {
    const t = performance.now();
    const done = new Promise<void>((resolve) => touched.set(id, resolve));
    await client.workflow.start('oneActivityWorkflow', {
      taskQueue: bareQueue,
      workflowId: `bench-bare/${id}`,
      args: [id],
    });
    await done;
    bareLatencies.push(performance.now() - t);
  };
  await pool(
    Array.from({ length: 100 }, () => randomUUID()),
    bareRun,
  );
  bareLatencies.length = 0;
  const bareMeter = startCpuMeter([
    { name: 'bench driver (client, worker)', pids: [process.pid], ownOnly: true },
    ...infrastructureComponents(testEnv),
  ]);
  const bareStarted = performance.now();
  await pool(
    Array.from({ length: DOSSIERS }, () => randomUUID()),
    bareRun,
  );
  const bareRate = DOSSIERS / ((performance.now() - bareStarted) / 1000);
  const bareCpu = bareMeter.stop();
  bareLatencies.sort((a, b) => a - b);
  worker.shutdown();
  await running;
  await connection.close();
  return { rate: bareRate, latencies: bareLatencies, cpu: bareCpu };
}
