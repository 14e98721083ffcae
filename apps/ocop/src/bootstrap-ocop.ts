import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/** Starts the ocop service (API and the worker of task queue `ocop`); it consumes no topic yet. */
export function bootstrapOcop() {
  return bootstrapService(AppModule, {
    definition: serviceDefinition,
    config,
    title: 'Khuyến công: đánh giá, phân hạng OCOP (ocop)',
  });
}
