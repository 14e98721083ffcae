import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { TaskQueueKind } from '@kc/contracts/temporal';
import { workflowCodeFor } from './workflow-bundling';
import { installJsonWorkerLogging } from './worker-logging';
import type { temporalTls } from './temporal-config';

export interface WorkerRunnerOptions {
  address: string;
  /** mTLS settings (temporalTls), absent in development. */
  tls?: ReturnType<typeof temporalTls>;
  namespace: string;
  /** The configured queue name (tests use their own) … */
  taskQueue: string;
  /** … and which queue's workflows run there. */
  workflows: TaskQueueKind;
  activities: object;
  /** Service name for the SDK's JSON log lines. */
  service: string;
}

/**
 * Runs a Temporal worker inside a Nest app: starts after boot (from sources, bundling takes a few seconds,
 * so the HTTP API is up first; the compiled tree loads the bundle the build made) and drains on shutdown. If Temporal is away it keeps retrying rather than crash.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker: Worker | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly logger = new Logger('TemporalWorker');

  constructor(private readonly options: WorkerRunnerOptions) {}

  onApplicationBootstrap(): void {
    installJsonWorkerLogging(this.options.service);
    this.running = this.runWithRetry();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.worker?.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
  }

  private async runWithRetry(): Promise<void> {
    while (!this.stopped) {
      try {
        const connection = await NativeConnection.connect({ address: this.options.address, tls: this.options.tls });
        this.worker = await Worker.create({
          connection,
          namespace: this.options.namespace,
          taskQueue: this.options.taskQueue,
          ...workflowCodeFor(this.options.workflows),
          activities: this.options.activities,
        });
        this.logger.log({ msg: 'worker polling', taskQueue: this.options.taskQueue });
        // A worker must run before it can release its connection; if shutdown came during bundling,
        // start it and stop it at once.
        const run = this.worker.run();
        if (this.stopped) this.worker.shutdown();
        await run;
        await connection.close();
      } catch (error) {
        if (this.stopped) break;
        this.logger.error({ msg: 'worker failed; retrying in 5 s', err: error });
        await new Promise((r) => setTimeout(r, 5000));
      }
    }
  }
}
