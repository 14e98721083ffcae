import { bootstrapService } from '@kc/platform';
import { Subscriptions } from '@kc/contracts';
import { AppModule } from './app.module';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/** Starts the applications service; tests pass their own consumer group so they never share the real one. */
export function bootstrapApplications(consumerGroup: string = 'applications') {
  return bootstrapService(AppModule, {
    definition: serviceDefinition,
    config,
    consumerGroup,
    subscriptions: Subscriptions.applications,
    title: 'Khuyến công: hồ sơ đề nghị hỗ trợ (applications)',
    jsonLimit: '256kb',
  });
}
