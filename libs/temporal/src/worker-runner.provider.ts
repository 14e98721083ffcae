import type { InjectionToken, Provider } from '@nestjs/common';
import type { TaskQueueKind } from '@kc/contracts/temporal';
import { temporalTls, type TemporalConfig } from './temporal-config';
import { WorkerRunner } from './worker-runner';

/**
 * The provider an app adds to host the Temporal worker of one task queue. Activities are built from the
 * app's own providers (`inject` + `build`), so they are thin methods of Nest services.
 */
export function workerRunnerProvider(
  config: TemporalConfig & { service: string; taskQueue: string; workflows: TaskQueueKind },
  activities: { inject?: InjectionToken[]; build?: (...deps: never[]) => object } = {},
): Provider {
  return {
    provide: WorkerRunner,
    inject: activities.inject ?? [],
    useFactory: (...deps: never[]) =>
      new WorkerRunner({
        address: config.TEMPORAL_ADDRESS,
        tls: temporalTls(config),
        namespace: config.TEMPORAL_NAMESPACE,
        taskQueue: config.taskQueue,
        workflows: config.workflows,
        activities: activities.build?.(...deps) ?? {},
        service: config.service,
      }),
  };
}
