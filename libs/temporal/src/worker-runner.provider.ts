import type { Provider } from '@nestjs/common';
import type { TemporalConfig } from './temporal-config';
import { WorkerRunner } from './worker-runner';

/** The provider an app adds to host the Temporal worker of one task queue. */
export function workerRunnerProvider(
  config: TemporalConfig,
  service: string,
  taskQueue: string,
  activities: object = {},
): Provider {
  return {
    provide: WorkerRunner,
    useFactory: () =>
      new WorkerRunner({
        address: config.TEMPORAL_ADDRESS,
        namespace: config.TEMPORAL_NAMESPACE,
        taskQueue,
        activities,
        service,
      }),
  };
}
