import { Module } from '@nestjs/common';
import { TaskQueues } from '@kc/contracts';
import { PlatformModule } from '@kc/platform';
import { WorkerRunner } from '@kc/temporal';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/** Also hosts the Temporal worker of task queue `ocop`. */
@Module({
  imports: [PlatformModule.forService(serviceDefinition, config)],
  providers: [
    {
      provide: WorkerRunner,
      useFactory: () =>
        new WorkerRunner({
          address: config.TEMPORAL_ADDRESS,
          namespace: config.TEMPORAL_NAMESPACE,
          taskQueue: TaskQueues.ocop,
          activities: {},
          service: serviceDefinition.service,
        }),
    },
  ],
})
export class AppModule {}
