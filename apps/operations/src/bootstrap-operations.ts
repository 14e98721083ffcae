import { Subscriptions } from '@kc/contracts';
import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/**
 * Starts the operations service. It reads every domain topic and must not park an event only because this
 * build does not know its type yet (a newer producer): such events are accepted and ignored.
 * Tests pass their own consumer group so they never share the real one.
 */
export function bootstrapOperations(consumerGroup: string = config.OPERATIONS_CONSUMER_GROUP) {
  return bootstrapService(AppModule, {
    definition: serviceDefinition,
    config,
    consumerGroup,
    subscriptions: Subscriptions.operations,
    acceptUnknownTypes: true,
    title: 'Khuyến công: vận hành (operations)',
  });
}
