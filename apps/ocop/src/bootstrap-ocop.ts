import { Subscriptions } from '@kc/contracts';
import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/**
 * Starts the ocop service (API and the worker of task queue `ocop`); it consumes the identity events into
 * its staff copy. Tests pass their own consumer group.
 */
export function bootstrapOcop(consumerGroup: string = 'ocop') {
  return bootstrapService(AppModule, {
    definition: serviceDefinition,
    config,
    consumerGroup,
    subscriptions: Subscriptions.ocop,
    title: 'Khuyến công: đánh giá, phân hạng OCOP (ocop)',
  });
}
