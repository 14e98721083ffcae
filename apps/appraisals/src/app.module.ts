import { Module } from '@nestjs/common';
import { TaskQueues } from '@kc/contracts';
import { PlatformModule } from '@kc/platform';
import { workerRunnerProvider } from '@kc/temporal';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/** Also hosts the Temporal worker of task queue `approvals`. */
@Module({
  imports: [PlatformModule.forService(serviceDefinition, config)],
  providers: [workerRunnerProvider(config, serviceDefinition.service, TaskQueues.approvals)],
})
export class AppModule {}
