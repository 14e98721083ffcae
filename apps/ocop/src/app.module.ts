import { Module } from '@nestjs/common';
import { TaskQueues } from '@kc/contracts';
import { PlatformModule } from '@kc/platform';
import { workerRunnerProvider } from '@kc/temporal';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/** Also hosts the Temporal worker of task queue `ocop`. */
@Module({
  imports: [PlatformModule.forService(serviceDefinition, config)],
  providers: [workerRunnerProvider({ ...config, service: serviceDefinition.service, taskQueue: TaskQueues.ocop })],
})
export class AppModule {}
