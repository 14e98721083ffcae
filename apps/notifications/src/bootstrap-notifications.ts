import { Subscriptions } from '@kc/contracts';
import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/** Starts the notifications service; tests pass their own consumer group so they never share the real one. */
export function bootstrapNotifications(consumerGroup: string = 'notifications') {
  return bootstrapService(AppModule, {
    definition: serviceDefinition,
    config,
    consumerGroup,
    subscriptions: Subscriptions.notifications,
    title: 'Khuyến công: thông báo (notifications)',
  });
}
